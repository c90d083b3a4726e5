namespace EventStreamConsole.Tests.EndToEnd.Infrastructure;

/// <summary>
/// The console at AWS's own ListEventStreams pace (5 calls per second): the 124-domain region takes about 25 s to read
/// cold, as in production, so a test sees the first read in progress; the 18-domain region is read in about 4 s.
/// No background sweep: a region stays cold until a test or a page reads it, whatever order the tests run in (a sweep at
/// start had read the big region before a slow machine opened the page that should see it cold).
/// </summary>
public sealed class PacedEndToEndFixture : EndToEndFixture
{
    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
        [.. base.Settings, new("CustomerProfiles:OperationTps:ListEventStreams", "5"), new("Sweep:Enabled", "false")];
}
