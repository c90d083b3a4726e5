namespace EventStreamConsole.Service.Changes;

/// <summary>What a read-back found: the stream (with its destination), no stream, or nothing known yet.</summary>
public sealed record StreamPresence(bool? Exists, string? EventStreamArn, string? DestinationUri, Exception? LastError)
{
    public static StreamPresence Found(string? arn, string? destinationUri) => new(true, arn, destinationUri, null);

    public static readonly StreamPresence Absent = new(false, null, null, null);

    public static StreamPresence Unknown(Exception lastError) => new(null, null, null, lastError);
}
