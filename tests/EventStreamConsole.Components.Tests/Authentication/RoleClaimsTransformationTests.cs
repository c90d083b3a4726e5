using System.Security.Claims;
using EventStreamConsole.Authentication;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EventStreamConsole.Tests.Authentication;

public sealed class RoleClaimsTransformationTests
{
    private const string Group = "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0";

    private static async Task<ConsoleUser> TransformAsync(AuthOptions options, params Claim[] claims)
    {
        var transformation = new RoleClaimsTransformation(new StaticMonitor(options), NullLogger<RoleClaimsTransformation>.Instance);
        var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim("name", "Pat"), .. claims], "oidc", "name", "roles"));
        var once = await transformation.TransformAsync(principal);
        var twice = await transformation.TransformAsync(once);
        Assert.Equal(once.FindAll(ConsoleClaimTypes.Role).Count(), twice.FindAll(ConsoleClaimTypes.Role).Count());
        return ConsoleUser.From(twice, options.RoleNames);
    }

    [Fact]
    public async Task Transform_AppRoles_ConsoleRoles()
    {
        var user = await TransformAsync(new AuthOptions(), new Claim("roles", "EventStreams.TagEditor"), new Claim("roles", "EventStreams.Auditor"), new Claim("roles", "Other.App.Role"));

        Assert.Equal([ConsoleRole.TagEditor, ConsoleRole.Auditor], user.Roles.Order());
        Assert.True(user.Can(ConsolePermission.EditTags));
        Assert.True(user.Can(ConsolePermission.ViewAudit));
        Assert.False(user.Can(ConsolePermission.DeleteStream));
    }

    [Fact]
    public async Task Transform_RenamedRoles_OnlyTheConfiguredNamesCount()
    {
        var options = new AuthOptions { RoleNames = new RoleNameOptions { Admin = "StreamAdmins" } };

        var renamed = await TransformAsync(options, new Claim("roles", "StreamAdmins"));
        var oldName = await TransformAsync(options, new Claim("roles", "EventStreams.Admin"));

        Assert.Equal([ConsoleRole.Admin], renamed.Roles);
        Assert.Empty(oldName.Roles);
        Assert.Equal("Deleting event streams needs the StreamAdmins role; you have no console role.", oldName.WhyNot(ConsolePermission.DeleteStream));
    }

    [Fact]
    public async Task Transform_MappedGroup_GetsTheGroupsRole()
    {
        var options = new AuthOptions { GroupRoles = new(StringComparer.OrdinalIgnoreCase) { [Group] = "EventStreams.Viewer" } };

        var member = await TransformAsync(options, new Claim("groups", Group.ToUpperInvariant()), new Claim("groups", Guid.NewGuid().ToString()));
        var other = await TransformAsync(options, new Claim("groups", Guid.NewGuid().ToString()));

        Assert.Equal([ConsoleRole.Viewer], member.Roles);
        Assert.Empty(other.Roles);
    }

    [Fact]
    public void WhyNot_Viewer_NamesTheRolesThatWouldAllowIt()
    {
        var viewer = new ConsoleUser("Victor", "oid", new HashSet<ConsoleRole> { ConsoleRole.Viewer }, new RoleNameOptions());

        Assert.Equal("Editing tags needs the EventStreams.TagEditor or EventStreams.Admin role; you have EventStreams.Viewer.", viewer.WhyNot(ConsolePermission.EditTags));
        Assert.Equal("Reading the audit trail needs the EventStreams.Auditor or EventStreams.Admin role; you have EventStreams.Viewer.", viewer.WhyNot(ConsolePermission.ViewAudit));
        Assert.Null(viewer.WhyNot(ConsolePermission.View));
    }

    private sealed class StaticMonitor(AuthOptions value) : IOptionsMonitor<AuthOptions>
    {
        public AuthOptions CurrentValue => value;

        public AuthOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<AuthOptions, string?> listener) => null;
    }
}
