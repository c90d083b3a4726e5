using EventStreamConsole.Configuration;

namespace EventStreamConsole.Tests.Configuration;

public sealed class DatabasePathValidationTests
{
    [Theory]
    [InlineData("App_Data/audit.db", true)]
    [InlineData("/var/lib/esc/audit.db", true)]
    [InlineData("", true)]
    [InlineData("App_Data/", false)]
    [InlineData("   ", false)]
    [InlineData("App_Data/a\0b.db", false)]
    public void Audit_DatabasePath_CheckedAtStart(string path, bool valid)
    {
        var result = new AuditOptionsValidator().Validate(null, new AuditOptions { DatabasePath = path });

        Assert.Equal(valid, result.Succeeded);
        if (!valid)
        {
            Assert.StartsWith(ConfigurationKeys.AuditDatabasePath + " ", Assert.Single(result.Failures!), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Audit_DatabasePathNull_SaysWhatToSet() =>
        Assert.Equal("Audit:DatabasePath must be set: a file path relative to the content root (an empty string keeps the data in memory, for tests).",
            Assert.Single(new AuditOptionsValidator().Validate(null, new AuditOptions { DatabasePath = null! }).Failures!));

    [Fact]
    public void History_FolderAndShortRetention_ReportsBoth()
    {
        var result = new HistoryOptionsValidator().Validate(null, new HistoryOptions { DatabasePath = "App_Data/", Retention = TimeSpan.Zero });

        Assert.Equal(
            ["History:Retention must be between 1.00:00:00 and 3650.00:00:00; it is 00:00:00.",
             "History:DatabasePath 'App_Data/' names a folder, not a file; give a file name such as App_Data/history.db."],
            result.Failures!);
    }
}
