using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Marketplace.DemoData;
using Marketplace.Tests.Infrastructure;

namespace Marketplace.Tests.Accounts;

/// <summary>
/// Accounts are managed within scope: admins everyone's, an officer their sub-district's social
/// workers and community staff, an organisation's lead its staff; nobody above their own role.
/// </summary>
public sealed class AccountAdministrationTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Create = """
        mutation($input: UserAccountInput!, $key: String) { createUserAccount(input: $input, idempotencyKey: $key) { login displayName role regionCode organisationId email leadsOrganisation isActive isLinked } }
        """;
    private const string Update = """
        mutation($login: String!, $input: UserAccountChangesInput!) { updateUserAccount(login: $login, input: $input) { login displayName role regionCode organisationId } }
        """;
    private const string Deactivate = "mutation($login: String!) { deactivateUserAccount(login: $login, reason: \"调岗\") { login isActive } }";
    private const string Reactivate = "mutation($login: String!) { reactivateUserAccount(login: $login) { login isActive } }";
    private const string Me = "{ me { login role regionCode } }";

    [Fact]
    public async Task An_account_is_created_changed_deactivated_and_reactivated_and_each_act_is_audited()
    {
        var created = await api.Client.DataAsync(Create, new { input = Worker("worker.new-xianqiao", DemoIds.XianqiaoCommunity, email: "New.Worker@Example.org") });
        var newcomer = await api.ClientForAsync("worker.new-xianqiao");
        var before = await newcomer.DataAsync(Me);
        var moved = await api.Client.DataAsync(Update, new { login = "worker.new-xianqiao", input = new { displayName = "新社工（逍遥津）", regionCode = DemoIds.XiaoyaojinSubDistrict } });
        var afterMove = await newcomer.DataAsync(Me);
        await api.Client.DataAsync(Deactivate, new { login = "worker.new-xianqiao" });
        var whileDeactivated = await newcomer.PostAsync(Me);
        var tokenRefused = await api.Anonymous.Http.PostAsJsonAsync("/dev/token", new { user = "worker.new-xianqiao" });
        await api.Client.DataAsync(Reactivate, new { login = "worker.new-xianqiao" });
        var afterReactivation = await newcomer.DataAsync(Me);
        var log = await api.Client.DataAsync("""{ adminAuditLog(filter: { subjectType: "UserAccount", subjectId: "worker.new-xianqiao" }) { action actor before after } }""");

        var account = created["createUserAccount"]!;
        Assert.Equal("SOCIAL_WORKER", account["role"]!.GetValue<string>());
        Assert.Equal("new.worker@example.org", account["email"]!.GetValue<string>());
        Assert.False(account["isLinked"]!.GetValue<bool>());
        Assert.Equal(DemoIds.XianqiaoCommunity, before["me"]!["regionCode"]!.GetValue<string>());
        Assert.Equal(DemoIds.XiaoyaojinSubDistrict, moved["updateUserAccount"]!["regionCode"]!.GetValue<string>());
        // The change applies to the account's next request on this instance, not 30 s later.
        Assert.Equal(DemoIds.XiaoyaojinSubDistrict, afterMove["me"]!["regionCode"]!.GetValue<string>());
        Assert.Equal("FORBIDDEN", whileDeactivated.FirstErrorCode);
        Assert.Equal(HttpStatusCode.NotFound, tokenRefused.StatusCode);
        Assert.Equal("worker.new-xianqiao", afterReactivation["me"]!["login"]!.GetValue<string>());
        var entries = log["adminAuditLog"]!.AsArray();
        Assert.Equal(["account.reactivated", "account.deactivated", "account.updated", "account.created"], entries.Select(e => e!["action"]!.GetValue<string>()));
        Assert.All(entries, e => Assert.Equal(DemoIds.Admin, e!["actor"]!.GetValue<string>()));
        Assert.Contains(DemoIds.XianqiaoCommunity, entries[2]!["before"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains(DemoIds.XiaoyaojinSubDistrict, entries[2]!["after"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_officer_manages_the_social_workers_and_community_staff_of_their_sub_district_and_no_one_else()
    {
        var officer = await api.ClientForAsync(DemoIds.OfficerXiaoyaojin);

        var staff = await officer.PostAsync(Create, new { input = new { login = "grid2.xianqiao", displayName = "网格员二", role = "COMMUNITY_STAFF", regionCode = DemoIds.XianqiaoCommunity } });
        var outside = await officer.PostAsync(Create, new { input = Worker("worker.bozhoulu", DemoIds.BozhouluSubDistrict) });
        var anotherOfficer = await officer.PostAsync(Create, new { input = new { login = "officer2.xiaoyaojin", displayName = "办事员", role = "SUBDISTRICT_OFFICER", regionCode = DemoIds.XiaoyaojinSubDistrict } });
        var admin = await officer.PostAsync(Create, new { input = new { login = "admin.by-officer", displayName = "管理员", role = "ADMIN" } });
        var raised = await officer.PostAsync(Update, new { login = "grid2.xianqiao", input = new { role = "SUBDISTRICT_OFFICER", regionCode = DemoIds.XiaoyaojinSubDistrict } });
        var movedOut = await officer.PostAsync(Update, new { login = "grid2.xianqiao", input = new { regionCode = DemoIds.BeiyoufangCommunity } });
        var othersWorker = await officer.PostAsync(Deactivate, new { login = DemoIds.WorkerJingan });
        var ownRole = await officer.PostAsync(Update, new { login = DemoIds.OfficerXiaoyaojin, input = new { regionCode = DemoIds.LuyangDistrict } });
        var listed = await officer.DataAsync("{ userAccounts(first: 100) { nodes { login regionCode role } } }");

        Assert.Null(staff.Errors);
        Assert.Equal("FORBIDDEN", outside.FirstErrorCode);
        Assert.Equal("FORBIDDEN", anotherOfficer.FirstErrorCode);
        Assert.Equal("FORBIDDEN", admin.FirstErrorCode);
        Assert.Equal("FORBIDDEN", raised.FirstErrorCode);
        Assert.Equal("FORBIDDEN", movedOut.FirstErrorCode);
        Assert.Equal("FORBIDDEN", othersWorker.FirstErrorCode);
        Assert.Equal("FORBIDDEN", ownRole.FirstErrorCode);
        var logins = listed["userAccounts"]!["nodes"]!.AsArray().Select(n => n!["login"]!.GetValue<string>()).ToList();
        Assert.Contains("grid2.xianqiao", logins);
        Assert.Contains(DemoIds.WorkerXianqiao, logins);
        Assert.DoesNotContain(DemoIds.WorkerJingan, logins);
        Assert.DoesNotContain(DemoIds.DonorHefeiTelecom, logins);
        Assert.DoesNotContain(DemoIds.Admin, logins);
        Assert.All(listed["userAccounts"]!["nodes"]!.AsArray(), n => Assert.StartsWith("340103002", n!["regionCode"]!.GetValue<string>(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_organisations_lead_manages_its_own_staff_and_its_staff_do_not()
    {
        var lead = await api.ClientForAsync(DemoIds.DonorHefeiTelecom);

        var staff = await lead.PostAsync(Create, new { input = new { login = "staff2.hefei-telecom", displayName = "营业员", role = "DONOR", organisationId = DemoIds.HefeiTelecomBranch } });
        var otherOrganisation = await lead.PostAsync(Create, new { input = new { login = "staff.eye", displayName = "护士", role = "DONOR", organisationId = DemoIds.EyeHospital } });
        var socialWorker = await lead.PostAsync(Create, new { input = Worker("worker.by-donor", DemoIds.XianqiaoCommunity) });
        var member = await api.ClientForAsync("staff2.hefei-telecom");
        var byMember = await member.PostAsync(Create, new { input = new { login = "staff3.hefei-telecom", displayName = "营业员三", role = "DONOR", organisationId = DemoIds.HefeiTelecomBranch } });
        var memberList = await member.PostAsync("{ userAccounts { nodes { login } } }");
        var leadList = await lead.DataAsync("{ userAccounts { nodes { login organisationId } } }");

        Assert.Null(staff.Errors);
        Assert.False(staff.Data!["createUserAccount"]!["leadsOrganisation"]!.GetValue<bool>());
        Assert.Equal("FORBIDDEN", otherOrganisation.FirstErrorCode);
        Assert.Equal("FORBIDDEN", socialWorker.FirstErrorCode);
        Assert.Equal("FORBIDDEN", byMember.FirstErrorCode);
        Assert.Equal("FORBIDDEN", memberList.FirstErrorCode);
        Assert.Equal([DemoIds.DonorHefeiTelecom, "staff2.hefei-telecom"], leadList["userAccounts"]!["nodes"]!.AsArray().Select(n => n!["login"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Bad_accounts_are_refused_naming_the_field_and_nothing_is_written()
    {
        async Task<(string? Code, string? Field)> RefusalAsync(object input)
        {
            var response = await api.Client.PostAsync(Create, new { input });
            var error = response.Errors?[0];
            return (response.FirstErrorCode, error?["extensions"]?["field"]?.GetValue<string>());
        }

        Assert.Equal(("VALIDATION", "login"), await RefusalAsync(Worker("Bad Login!", DemoIds.XianqiaoCommunity)));
        Assert.Equal(("VALIDATION", "regionCode"), await RefusalAsync(new { login = "grid.wrong-level", displayName = "网格员", role = "COMMUNITY_STAFF", regionCode = DemoIds.XiaoyaojinSubDistrict }));
        Assert.Equal(("VALIDATION", "regionCode"), await RefusalAsync(new { login = "officer.wrong-level", displayName = "办事员", role = "SUBDISTRICT_OFFICER", regionCode = DemoIds.XianqiaoCommunity }));
        Assert.Equal(("VALIDATION", "role"), await RefusalAsync(new { login = "donor.wrong-kind", displayName = "员工", role = "DONOR", organisationId = DemoIds.LuyangSocialWorkCentre }));
        Assert.Equal(("VALIDATION", "organisationId"), await RefusalAsync(new { login = "donor.no-org", displayName = "员工", role = "DONOR" }));
        Assert.Equal(("VALIDATION", "regionCode"), await RefusalAsync(new { login = "admin.with-region", displayName = "管理员", role = "ADMIN", regionCode = DemoIds.LuyangDistrict }));
        Assert.Equal(("VALIDATION", "email"), await RefusalAsync(Worker("worker.bad-email", DemoIds.XianqiaoCommunity, email: "not-an-address")));
        Assert.Equal(("VALIDATION", "displayName"), await RefusalAsync(new { login = "worker.no-name", displayName = " ", role = "SOCIAL_WORKER", regionCode = DemoIds.XianqiaoCommunity }));
        Assert.Equal("CONFLICT", (await RefusalAsync(Worker(DemoIds.WorkerXianqiao, DemoIds.XianqiaoCommunity))).Code);
        Assert.Equal("NOT_FOUND", (await RefusalAsync(Worker("worker.nowhere", "340103999001"))).Code);
        await api.Client.DataAsync(Create, new { input = Worker("worker.mail-a", DemoIds.XianqiaoCommunity, email: "shared@example.org") });
        Assert.Equal("CONFLICT", (await RefusalAsync(Worker("worker.mail-b", DemoIds.XianqiaoCommunity, email: "SHARED@example.org"))).Code);
        var self = await api.Client.PostAsync(Deactivate, new { login = DemoIds.Admin });
        var unknown = await api.Client.PostAsync(Deactivate, new { login = "nobody.here" });

        Assert.Equal("FORBIDDEN", self.FirstErrorCode);
        Assert.Equal("NOT_FOUND", unknown.FirstErrorCode);
        var refused = new[] { "grid.wrong-level", "officer.wrong-level", "donor.wrong-kind", "donor.no-org", "admin.with-region", "worker.bad-email", "worker.mail-b" };
        var found = await api.Client.DataAsync("{ userAccounts(first: 100, filter: { search: \".\" }) { nodes { login } } }");
        Assert.DoesNotContain(found["userAccounts"]!["nodes"]!.AsArray(), n => refused.Contains(n!["login"]!.GetValue<string>()));
    }

    [Fact]
    public async Task The_same_login_created_twice_at_once_makes_one_account_and_a_repeated_key_makes_none_more()
    {
        var attempts = await Task.WhenAll(Enumerable.Range(0, 4).Select(i =>
            api.Client.PostAsync(Create, new { input = Worker("worker.raced", DemoIds.XianqiaoCommunity), key = $"race-{i}" })));
        var first = await api.Client.PostAsync(Create, new { input = Worker("worker.keyed", DemoIds.XianqiaoCommunity), key = "same-key" });
        var again = await api.Client.PostAsync(Create, new { input = Worker("worker.keyed", DemoIds.XianqiaoCommunity), key = "same-key" });

        Assert.Equal(1, attempts.Count(a => a.Errors is null));
        Assert.All(attempts.Where(a => a.Errors is not null), a => Assert.Equal("CONFLICT", a.FirstErrorCode));
        Assert.Null(first.Errors);
        Assert.Null(again.Errors);
        Assert.Equal("worker.keyed", again.Data!["createUserAccount"]!["login"]!.GetValue<string>());
    }

    [Fact]
    public async Task Accounts_are_listed_a_page_at_a_time_by_login_with_filters()
    {
        const string List = """
            query($after: String, $filter: UserAccountFilter) { userAccounts(first: 3, after: $after, filter: $filter) { totalCount nodes { login role regionCode } pageInfo { hasNextPage endCursor } } }
            """;
        var page1 = (await api.Client.DataAsync(List))["userAccounts"]!;
        var page2 = (await api.Client.DataAsync(List, new { after = page1["pageInfo"]!["endCursor"]!.GetValue<string>() }))["userAccounts"]!;
        var donors = (await api.Client.DataAsync(List, new { filter = new { role = "DONOR" } }))["userAccounts"]!;
        var inXianqiao = (await api.Client.DataAsync(List, new { filter = new { regionCode = DemoIds.XiaoyaojinSubDistrict, search = "xianqiao" } }))["userAccounts"]!;
        var badCursor = await api.Client.PostAsync(List, new { after = "not-a-cursor" });

        var logins = Logins(page1).Concat(Logins(page2)).ToList();
        Assert.Equal(6, logins.Distinct().Count());
        Assert.Equal(logins.Order(StringComparer.Ordinal), logins);
        Assert.True(page1["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.True(page1["totalCount"]!.GetValue<int>() >= DemoUsers.All.Count);
        Assert.All(donors["nodes"]!.AsArray(), n => Assert.Equal("DONOR", n!["role"]!.GetValue<string>()));
        Assert.All(Logins(inXianqiao), login => Assert.Contains("xianqiao", login, StringComparison.Ordinal));
        Assert.NotEmpty(Logins(inXianqiao));
        Assert.All(inXianqiao["nodes"]!.AsArray(), n => Assert.StartsWith("340103002", n!["regionCode"]!.GetValue<string>(), StringComparison.Ordinal));
        Assert.Equal("VALIDATION", badCursor.FirstErrorCode);
    }

    private static IEnumerable<string> Logins(JsonNode connection) => connection["nodes"]!.AsArray().Select(n => n!["login"]!.GetValue<string>());

    private static object Worker(string login, string region, string? email = null) =>
        new { login, displayName = "社工", role = "SOCIAL_WORKER", regionCode = region, email };
}
