namespace EventStreamConsole.Service.Changes;

/// <summary>A change whose outcome neither AWS's answer nor a read-back could establish; the message says where to look.</summary>
public sealed class ChangeOutcomeUnknownException(string message, Exception inner) : Exception(message, inner);
