using Marketplace.Core.Onboarding;
using Marketplace.DemoData;
using Marketplace.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Marketplace.Tests.Audit;

/// <summary>Administrative acts are on record, with who and before → after; read by admins; never changed; a refused act leaves nothing.</summary>
public sealed class AuditLogTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Log = """
        query($id: String!) { adminAuditLog(filter: { subjectType: "OrganisationApplication", subjectId: $id }) { actor action before after } }
        """;

    [Fact]
    public async Task Deciding_an_application_is_recorded_with_who_and_before_and_after_and_a_refused_decision_is_not()
    {
        var approvedId = await ApplyAsync("91340103MA0000001");
        var rejectedId = await ApplyAsync("91340103MA0000002");
        var officer = await api.ClientForAsync(DemoIds.OfficerXiaoyaojin);

        await officer.DataAsync("mutation($id: ID!) { approveOrganisation(applicationId: $id) { status } }", new { id = approvedId });
        var refused = await officer.PostAsync("mutation($id: ID!) { rejectOrganisation(applicationId: $id, reason: \"\") { status } }", new { id = rejectedId });
        var afterRefusal = await api.Client.DataAsync(Log, new { id = rejectedId });
        await officer.DataAsync("mutation($id: ID!) { rejectOrganisation(applicationId: $id, reason: \"材料不全\") { status } }", new { id = rejectedId });
        var approved = (await api.Client.DataAsync(Log, new { id = approvedId }))["adminAuditLog"]!.AsArray();
        var rejected = (await api.Client.DataAsync(Log, new { id = rejectedId }))["adminAuditLog"]!.AsArray();

        var approval = Assert.Single(approved)!;
        Assert.Equal(DemoIds.OfficerXiaoyaojin, approval["actor"]!.GetValue<string>());
        Assert.Equal("organisation.approved", approval["action"]!.GetValue<string>());
        Assert.Contains("\"Pending\"", approval["before"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("\"Approved\"", approval["after"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("VALIDATION", refused.FirstErrorCode);
        Assert.Empty(afterRefusal["adminAuditLog"]!.AsArray());
        Assert.Contains("材料不全", Assert.Single(rejected)!["after"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_admins_read_the_log()
    {
        var officer = await api.ClientForAsync(DemoIds.OfficerXiaoyaojin);

        var asOfficer = await officer.PostAsync("{ adminAuditLog { action } }");
        var tooMany = await api.Client.PostAsync("{ adminAuditLog(first: 1000) { action } }");

        Assert.Equal("FORBIDDEN", asOfficer.FirstErrorCode);
        Assert.Equal("VALIDATION", tooMany.FirstErrorCode);
    }

    [Fact]
    public async Task An_entry_cannot_be_changed_or_deleted_even_by_the_application()
    {
        var id = await ApplyAsync("91340103MA0000003");
        var officer = await api.ClientForAsync(DemoIds.OfficerXiaoyaojin);
        await officer.DataAsync("mutation($id: ID!) { rejectOrganisation(applicationId: $id, reason: \"重复申请\") { status } }", new { id });
        await using var db = await api.Contexts.CreateDbContextAsync();

        var update = await Assert.ThrowsAsync<PostgresException>(() => db.Database.ExecuteSqlRawAsync("UPDATE admin_audit_entries SET actor = 'someone else'"));
        var delete = await Assert.ThrowsAsync<PostgresException>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM admin_audit_entries"));

        Assert.Contains("never changed", update.MessageText, StringComparison.Ordinal);
        Assert.Contains("never changed", delete.MessageText, StringComparison.Ordinal);
    }

    private async Task<string> ApplyAsync(string head)
    {
        var data = await api.Anonymous.DataAsync("""
            mutation($input: OrganisationApplicationInput!) { applyForOrganisation(input: $input) { id } }
            """, new
        {
            input = new
            {
                name = "县桥助老服务中心", kind = "SOCIAL_ORGANISATION", creditCode = head + CreditCode.CheckCharacter(head), regionCode = DemoIds.XianqiaoCommunity,
                latitude = 31.866, longitude = 117.29, address = "庐阳区县桥街 20 号", contactName = "周主任", contactPhone = "0551-6288 5678",
            },
        });
        return data["applyForOrganisation"]!["id"]!.GetValue<string>();
    }
}
