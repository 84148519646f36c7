using System.Text.Json.Nodes;
using Marketplace.Api.Subscriptions;
using Marketplace.Core.Households.Members;
using Marketplace.DemoData;
using Marketplace.Tests.Infrastructure;
using Marketplace.Tests.Risk;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Tests.Warnings;

/// <summary>
/// Early warnings raised in the transaction of the change that fires them, answered by the staff
/// of the area, live on warningChanged and counted in the office's figures; none of it for donors.
/// </summary>
public sealed class WarningTests(RiskFixture api) : IClassFixture<RiskFixture>
{
    private const string Fields = "id rule { code responseHours } status detail raisedAt dueAt overdue communityCode acknowledgedBy resolvedBy resolution need { status publicSummary }";

    [Fact]
    public async Task A_member_hospitalised_raises_a_warning_in_the_areas_inbox_that_a_social_worker_acknowledges_and_resolves_reporting_a_need()
    {
        var officer = await api.ClientForAsync(DemoIds.OfficerXiaoyaojin);
        var before = await FiguresAsync(officer);
        var household = await api.RegisterAsync();
        var member = await api.AddMemberAsync(household, m => (m.Relation, m.BirthDate) = (MemberRelation.Parent, RiskFixture.Aged(79)));

        var recorded = await RecordAsync(DemoIds.GridXianqiao, household, "HOSPITALISED", member);
        Assert.Equal("HOSPITALISED", recorded["events"]![0]!["kind"]!.GetValue<string>());

        // In the sub-district's inbox, for its officer as for the community's social worker.
        var inbox = await officer.DataAsync($$"""
            query($region: String!) { warnings(filter: { regionCode: $region, statuses: [OPEN] }, first: 100) { nodes { id householdId } } }
            """, new { region = DemoIds.XiaoyaojinSubDistrict });
        var worker = await api.ClientForAsync(DemoIds.WorkerXianqiao);
        var warning = Assert.Single(await WarningsOfAsync(worker, household));
        Assert.Contains(inbox["warnings"]!["nodes"]!.AsArray(), w => w!["id"]!.GetValue<string>() == warning["id"]!.GetValue<string>());
        Assert.Equal(("MEMBER_HOSPITALISED", 48, "OPEN", false, DemoIds.XianqiaoCommunity),
            (warning["rule"]!["code"]!.GetValue<string>(), warning["rule"]!["responseHours"]!.GetValue<int>(), warning["status"]!.GetValue<string>(),
             warning["overdue"]!.GetValue<bool>(), warning["communityCode"]!.GetValue<string>()));
        Assert.Equal(TimeSpan.FromHours(48), warning["dueAt"]!.GetValue<DateTimeOffset>() - warning["raisedAt"]!.GetValue<DateTimeOffset>());
        Assert.StartsWith("Hospitalised (a member) on ", warning["detail"]!.GetValue<string>());

        var id = warning["id"]!.GetValue<string>();
        var acknowledged = await worker.DataAsync($$"""mutation($id: ID!) { acknowledgeWarning(warningId: $id) { {{Fields}} } }""", new { id });
        Assert.Equal(("ACKNOWLEDGED", DemoIds.WorkerXianqiao), (acknowledged["acknowledgeWarning"]!["status"]!.GetValue<string>(), acknowledged["acknowledgeWarning"]!["acknowledgedBy"]!.GetValue<string>()));

        var resolved = (await worker.DataAsync($$"""
            mutation($id: ID!, $need: ReportNeedInput!) { resolveWarning(warningId: $id, resolution: "已入户探访，家属需要出院后就医陪护", reportNeed: $need) { {{Fields}} } }
            """, new { id, need = new { householdId = household, categoryCode = "MEDICAL_ESCORT", publicSummary = "老人出院后需要就医陪护", urgency = "HIGH" } }))["resolveWarning"]!;
        Assert.Equal(("RESOLVED", DemoIds.WorkerXianqiao, "已入户探访，家属需要出院后就医陪护"),
            (resolved["status"]!.GetValue<string>(), resolved["resolvedBy"]!.GetValue<string>(), resolved["resolution"]!.GetValue<string>()));
        Assert.Equal(("REPORTED", "老人出院后需要就医陪护"), (resolved["need"]!["status"]!.GetValue<string>(), resolved["need"]!["publicSummary"]!.GetValue<string>()));

        var after = await FiguresAsync(officer);
        Assert.Equal((1, 1, 1, 0, 1), (after.Raised - before.Raised, after.Answered - before.Answered, after.AnsweredInTime - before.AnsweredInTime,
            after.Overdue - before.Overdue, after.Resolved - before.Resolved));
    }

    [Fact]
    public async Task Of_two_acknowledging_at_once_one_wins_and_the_other_is_told_who_did()
    {
        var household = await api.RegisterAsync();
        await RecordAsync(DemoIds.GridXianqiao, household, "DISASTER");
        var id = Assert.Single(await WarningsOfAsync(api.Client, household))["id"]!.GetValue<string>();
        const string Acknowledge = "mutation($id: ID!) { acknowledgeWarning(warningId: $id) { status acknowledgedBy } }";
        var staff = await api.ClientForAsync(DemoIds.GridXianqiao);
        var worker = await api.ClientForAsync(DemoIds.WorkerXianqiao);

        var answers = await Task.WhenAll(staff.PostAsync(Acknowledge, new { id }), worker.PostAsync(Acknowledge, new { id }));

        var won = Assert.Single(answers, a => a.Errors is null);
        var lost = Assert.Single(answers, a => a.Errors is not null);
        var winner = won.Data!["acknowledgeWarning"]!["acknowledgedBy"]!.GetValue<string>();
        Assert.Equal("INVALID_TRANSITION", lost.FirstErrorCode);
        Assert.Contains(winner, lost.Errors![0]!["message"]!.GetValue<string>());
        // The winner acknowledging again changes nothing; resolving twice is refused.
        var again = await (winner == DemoIds.GridXianqiao ? staff : worker).DataAsync(Acknowledge, new { id });
        Assert.Equal(winner, again["acknowledgeWarning"]!["acknowledgedBy"]!.GetValue<string>());
        const string Resolve = "mutation($id: ID!) { resolveWarning(warningId: $id, resolution: \"已处理\") { status } }";
        await worker.DataAsync(Resolve, new { id });
        Assert.Equal("INVALID_TRANSITION", (await staff.PostAsync(Resolve, new { id })).FirstErrorCode);
    }

    [Fact]
    public async Task A_level_that_rose_and_an_income_fallen_below_the_line_raise_warnings_once()
    {
        var household = await api.RegisterAsync();
        await api.AddMemberAsync(household, m => (m.Relation, m.BirthDate, m.LivesAlone) = (MemberRelation.Head, RiskFixture.Aged(82), true));
        await api.SetFileAsync(household, monthlyIncome: 900, familySupport: false);

        await api.ResaveAsync(household);
        await api.ResaveAsync(household);

        var warnings = await WarningsOfAsync(api.Client, household);
        Assert.Equal(["INCOME_BELOW_MINIMUM", "RISK_ROSE_TO_HIGH"], warnings.Select(w => w["rule"]!["code"]!.GetValue<string>()).Order());
        Assert.Contains(warnings, w => w["detail"]!.GetValue<string>() == "Computed risk level rose LOW → HIGH (score 75, cause updateHousehold).");
        Assert.Contains(warnings, w => w["detail"]!.GetValue<string>() == "Per-capita income not recorded → 900, below MINIMUM_LIVING 945.");
    }

    [Fact]
    public async Task Subscribers_of_the_area_hear_a_warning_raised_and_acknowledged()
    {
        await api.Services.GetRequiredService<ChangeFeed>().Listening.WaitAsync(GraphQLWebSocket.DefaultWait);
        await using var socket = await api.ConnectAsync();
        await socket.InitialiseAsync(await api.TokenForAsync(DemoIds.WorkerXianqiao));
        await socket.SubscribeAsync("1", "subscription($r: String!) { warningChanged(regionCode: $r) { status warning { id householdId rule { code } } } }",
            new { r = DemoIds.XianqiaoCommunity });
        var household = await api.RegisterAsync();
        // The protocol does not acknowledge a subscription: events are recorded until one is heard.
        JsonObject? first = null;
        for (var attempt = 0; attempt < 20 && first is null; attempt++)
        {
            await RecordAsync(DemoIds.GridXianqiao, household, "DISASTER");
            try
            {
                first = await socket.ReceiveAsync(TimeSpan.FromMilliseconds(500));
            }
            catch (OperationCanceledException)
            {
            }
        }
        var raised = first!["payload"]!["data"]!["warningChanged"]!;
        Assert.Equal(("OPEN", "HOUSEHOLD_DISASTER", household.ToString()),
            (raised["status"]!.GetValue<string>(), raised["warning"]!["rule"]!["code"]!.GetValue<string>(), raised["warning"]!["householdId"]!.GetValue<string>()));

        var id = raised["warning"]!["id"]!.GetValue<string>();
        await (await api.ClientForAsync(DemoIds.GridXianqiao)).DataAsync("mutation($id: ID!) { acknowledgeWarning(warningId: $id) { id } }", new { id });
        JsonNode? acknowledged = null;
        while (acknowledged is null)
        {
            var change = (await socket.ReceiveAsync())!["payload"]!["data"]!["warningChanged"]!;
            if (change["warning"]!["id"]!.GetValue<string>() == id) acknowledged = change;
        }
        Assert.Equal("ACKNOWLEDGED", acknowledged["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_donor_sees_no_warning_no_figure_of_them_and_records_nothing()
    {
        var household = await api.RegisterAsync();
        var donor = await api.ClientForAsync(DemoIds.DonorHefeiTelecom);

        var list = await donor.PostAsync("{ warnings { nodes { id } } }");
        var rules = await donor.PostAsync("{ warningRules { code } }");
        var stats = await donor.PostAsync("query($r: String!) { clearanceStats(regionCode: $r) { total { collected } warnings { raised } } }", new { r = DemoIds.XianqiaoCommunity });
        var record = await donor.PostAsync(
            "mutation($id: ID!) { recordHouseholdEvent(householdId: $id, input: { kind: HOSPITALISED, occurredOn: \"2026-01-01\" }) { id } }", new { id = household });
        var otherArea = await (await api.ClientForAsync(DemoIds.WorkerJingan)).PostAsync(
            "query($r: String!) { warnings(filter: { regionCode: $r }) { nodes { id } } }", new { r = DemoIds.XianqiaoCommunity });

        Assert.Equal("FORBIDDEN", list.FirstErrorCode);
        Assert.Equal("FORBIDDEN", rules.FirstErrorCode);
        Assert.Equal("FORBIDDEN", stats.FirstErrorCode);
        Assert.NotNull(stats.Data!["clearanceStats"]?["total"]);
        Assert.Equal("FORBIDDEN", record.FirstErrorCode);
        Assert.Equal("FORBIDDEN", otherArea.FirstErrorCode);

        await using var socket = await api.ConnectAsync();
        await socket.InitialiseAsync(await api.TokenForAsync(DemoIds.DonorHefeiTelecom));
        await socket.SubscribeAsync("1", "subscription($r: String!) { warningChanged(regionCode: $r) { status } }", new { r = DemoIds.XianqiaoCommunity });
        var refusal = await socket.ReceiveAsync();
        Assert.Equal(("error", "FORBIDDEN"), (refusal!["type"]!.GetValue<string>(), refusal["payload"]![0]!["extensions"]!["code"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_social_worker_answering_a_warning_sees_the_households_level_but_not_its_score_unless_holding_its_need()
    {
        var household = await api.RegisterAsync();
        await RecordAsync(DemoIds.GridXianqiao, household, "BEREAVED");
        var worker = await api.ClientForAsync(DemoIds.WorkerXianqiao);

        var read = await worker.PostAsync("query($h: ID!) { warnings(filter: { householdId: $h }) { nodes { household { riskLevel riskScore events { kind } } } } }", new { h = household });

        Assert.Equal("FORBIDDEN", read.FirstErrorCode);
        Assert.All(read.Errors!, e => Assert.Equal("FORBIDDEN", e!["extensions"]!["code"]!.GetValue<string>()));
        Assert.Equal(2, read.Errors!.Count);
    }

    private async Task<JsonNode> RecordAsync(string login, Guid household, string kind, Guid? member = null)
    {
        var client = await api.ClientForAsync(login);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return (await client.DataAsync("""
            mutation($id: ID!, $input: HouseholdEventInput!) { recordHouseholdEvent(householdId: $id, input: $input) { events { kind memberId occurredOn } } }
            """, new { id = household, input = new { kind, memberId = member, occurredOn = today, note = "出院前联系社区" } }))["recordHouseholdEvent"]!;
    }

    private static async Task<List<JsonNode>> WarningsOfAsync(GraphQLClient client, Guid household) =>
        [.. (await client.DataAsync($$"""query($h: ID!) { warnings(filter: { householdId: $h }) { nodes { {{Fields}} } } }""", new { h = household }))
            ["warnings"]!["nodes"]!.AsArray().Select(n => n!)];

    private static async Task<(int Raised, int Answered, int AnsweredInTime, int Overdue, int Resolved)> FiguresAsync(GraphQLClient officer)
    {
        var figures = (await officer.DataAsync("query($r: String!) { clearanceStats(regionCode: $r) { warnings { raised answered answeredInTime overdue resolved } } }",
            new { r = DemoIds.XianqiaoCommunity }))["clearanceStats"]!["warnings"]!;
        return (figures["raised"]!.GetValue<int>(), figures["answered"]!.GetValue<int>(), figures["answeredInTime"]!.GetValue<int>(),
            figures["overdue"]!.GetValue<int>(), figures["resolved"]!.GetValue<int>());
    }
}
