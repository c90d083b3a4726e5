namespace EventStreamConsole.Authentication;

/// <summary>What a role allows; <see cref="RolePermissions"/> is the one matrix.</summary>
public enum ConsolePermission
{
    View,
    EditTags,
    CreateStream,
    DeleteStream,
    ViewAudit,
    AcknowledgeOutage,

    /// <summary>Moving a stream to another Kinesis stream (it deletes and creates): administrators only.</summary>
    ChangeDestination,
}
