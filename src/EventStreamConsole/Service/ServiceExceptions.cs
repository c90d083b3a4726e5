namespace EventStreamConsole.Service;

/// <summary>An acknowledgement asked for a stream whose destination is not (or no longer) UNHEALTHY; the message says what AWS reports.</summary>
public sealed class OutageNotOngoingException(string message) : Exception(message);

/// <summary>Input the service refuses before anything is recorded or sent; the message names the field and the rule.</summary>
public sealed class ConsoleInputException(string message) : Exception(message);
