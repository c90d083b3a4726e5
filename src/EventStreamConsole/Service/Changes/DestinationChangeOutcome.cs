namespace EventStreamConsole.Service.Changes;

/// <summary>Where a stream stands after a change of destination.</summary>
public enum DestinationChangeState
{
    /// <summary>Deleted and created again on the new destination, and read back so.</summary>
    Moved,

    /// <summary>The stream already sends to the new destination: nothing to do.</summary>
    AlreadyThere,

    /// <summary>Nothing was changed: a pre-check or the delete refused it; the stream is as it was.</summary>
    Unchanged,

    /// <summary>The create on the new destination failed; the stream was created again on its old destination.</summary>
    RestoredToOld,

    /// <summary>The stream is deleted: neither destination could be set. <see cref="DestinationChangeOutcome.Recovery"/> says how to create it again.</summary>
    Deleted,

    /// <summary>AWS's answers were lost and reading back could not tell; <see cref="DestinationChangeOutcome.Recovery"/> says how to check.</summary>
    Unknown,
}

/// <summary>
/// What a change of destination did, in one sentence a person can act on, with the operation id its audit entries share
/// and, when the stream is not where it should be, the exact command that recovers it.
/// </summary>
public sealed record DestinationChangeOutcome(DestinationChangeState State, string Sentence, string OperationId, string? Recovery = null, string? RequestId = null)
{
    public bool Succeeded => State == DestinationChangeState.Moved;
}
