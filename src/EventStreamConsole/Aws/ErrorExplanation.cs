namespace EventStreamConsole.Aws;

/// <summary>
/// A failure as a person reads it: <see cref="Sentence"/> in plain words first, then <see cref="Details"/> (the AWS error
/// type and request id, "BadRequestException · request id 1f2e…") for whoever takes it to AWS support; null when there are none.
/// </summary>
public sealed record ErrorExplanation(string Sentence, string? Details = null, string? ErrorType = null)
{
    /// <summary>Both on one line, for places that hold a single string (logs, a per-key result).</summary>
    public override string ToString() => Details is null ? Sentence : $"{Sentence} ({Details})";

    /// <summary>The sentence with AWS's error type only, for places that keep the request id beside it (the audit trail).</summary>
    public string WithoutRequestId => ErrorType is null ? Sentence : $"{Sentence} ({ErrorType})";
}
