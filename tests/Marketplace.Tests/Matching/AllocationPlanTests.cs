using System.Text.Json.Nodes;
using Marketplace.Core.Matching;
using Marketplace.DemoData;
using Marketplace.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Tests.Matching;

/// <summary>
/// The officer plans Xianqiao's claimed needs at once. Two households placed far from any demo
/// data (so the answer is known): the urgent one has two resources in reach, the other only the
/// nearer of them.
/// </summary>
public sealed class AllocationPlanTests(CaseworkFixture api) : IClassFixture<CaseworkFixture>
{
    private const double Latitude = 31.0;
    private const double Longitude = 92.0;
    // About 95 m per 0.001° of longitude at this latitude.
    private const double MetresPerMilliDegree = 95.3;

    [Fact]
    public async Task The_plan_covers_both_needs_where_greedy_would_strand_one_and_applying_it_proposes_the_matches()
    {
        var officer = await api.ClientForAsync(DemoIds.OfficerXiaoyaojin);
        var urgent = await ClaimedNeedAsync(Longitude, "CRITICAL");
        var other = await ClaimedNeedAsync(Longitude + 1000 / MetresPerMilliDegree / 1000, "LOW");
        var nearer = await ResourceAsync(Longitude + 300 / MetresPerMilliDegree / 1000, radius: 800);
        var farther = await ResourceAsync(Longitude - 900 / MetresPerMilliDegree / 1000, radius: 1000);

        var plan = (await officer.DataAsync($$"""
            { planAllocation(regionCode: "{{DemoIds.XianqiaoCommunity}}", categories: ["LEGAL_AID"]) {
                needsConsidered needsCovered matches { need { id } resource { id } quantity distanceMeters } uncovered { need { id } reason } } }
            """))["planAllocation"]!;

        var matches = plan["matches"]!.AsArray().ToDictionary(m => m!["need"]!["id"]!.GetValue<string>(), m => m!["resource"]!["id"]!.GetValue<string>());
        Assert.Equal(farther, matches[urgent]);
        Assert.Equal(nearer, matches[other]);

        var applied = await officer.DataAsync("mutation($matches: [ProposeMatchInput!]!) { applyAllocation(matches: $matches) { status need { status } } }",
            new { matches = new[] { new { needId = urgent, resourceId = farther, quantity = 1 }, new { needId = other, resourceId = nearer, quantity = 1 } } });
        Assert.All(applied["applyAllocation"]!.AsArray(), m => Assert.Equal(("PROPOSED", "MATCHED"), (m!["status"]!.GetValue<string>(), m["need"]!["status"]!.GetValue<string>())));
    }

    [Fact]
    public async Task A_need_left_uncovered_says_whether_others_took_what_could_serve_it_or_nothing_reaches_it()
    {
        // Far from the other test's households (about 95 km east): one resource for two needs, and a need 47 km beyond.
        const double East = Longitude + 1;
        var officer = await api.ClientForAsync(DemoIds.OfficerXiaoyaojin);
        string[] sharing = [await ClaimedNeedAsync(East, "HIGH"), await ClaimedNeedAsync(East + 0.0001, "HIGH")];
        var beyond = await ClaimedNeedAsync(East + 0.5, "HIGH");
        var resource = await ResourceAsync(East + 300 / MetresPerMilliDegree / 1000, radius: 800);

        var plan = (await officer.DataAsync($$"""
            { planAllocation(regionCode: "{{DemoIds.XianqiaoCommunity}}", categories: ["LEGAL_AID"]) {
                matches { need { id } resource { id } } uncovered { need { id } reasonKind reason } } }
            """))["planAllocation"]!;

        var served = Assert.Single(plan["matches"]!.AsArray(), m => m!["resource"]?["id"]?.GetValue<string>() == resource)!["need"]!["id"]!.GetValue<string>();
        Assert.Contains(served, sharing);
        var uncovered = plan["uncovered"]!.AsArray().ToDictionary(u => u!["need"]!["id"]!.GetValue<string>(), u => u!);
        var left = sharing.Single(id => id != served);
        Assert.Equal("TAKEN_BY_OTHERS", uncovered[left]["reasonKind"]!.GetValue<string>());
        Assert.Equal("NOTHING_REACHES", uncovered[beyond]["reasonKind"]!.GetValue<string>());
        Assert.Contains("recruit a donor nearby", uncovered[beyond]["reason"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Applying_a_plan_again_with_its_key_returns_the_same_matches_and_proposes_no_more()
    {
        // An officer on a phone whose answer was lost sends the plan again, twice at once, with its key.
        const double Further = Longitude + 2;
        var officer = await api.ClientForAsync(DemoIds.OfficerXiaoyaojin);
        var (first, second) = (await ClaimedNeedAsync(Further, "HIGH"), await ClaimedNeedAsync(Further + 0.0001, "LOW"));
        var resource = await ResourceAsync(Further + 0.001, radius: 800, quantity: 2);
        const string Apply = "mutation($matches: [ProposeMatchInput!]!, $key: String) { applyAllocation(matches: $matches, idempotencyKey: $key) { id status } }";
        var variables = new { matches = new[] { new { needId = first, resourceId = resource, quantity = 1 }, new { needId = second, resourceId = resource, quantity = 1 } }, key = "plan-xiaoyaojin-1" };

        var applied = (await officer.DataAsync(Apply, variables))["applyAllocation"]!.ToJsonString();
        var retries = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => officer.PostAsync(Apply, variables)));

        Assert.All(retries, r => Assert.Null(r.Errors));
        Assert.All(retries, r => Assert.Equal(applied, r.Data!["applyAllocation"]!.ToJsonString()));
        await using var db = await api.Contexts.CreateDbContextAsync();
        var needIds = new[] { Guid.Parse(first), Guid.Parse(second) };
        Assert.Equal(2, await db.Matches.CountAsync(m => needIds.Contains(m.NeedId)));
    }

    [Fact]
    public async Task Only_the_regions_officers_plan_it()
    {
        var worker = await api.ClientForAsync(DemoIds.WorkerXianqiao);
        var response = await worker.PostAsync($$"""{ planAllocation(regionCode: "{{DemoIds.XianqiaoCommunity}}") { needsCovered } }""");
        Assert.Equal("FORBIDDEN", response.FirstErrorCode);
    }

    private async Task<string> ClaimedNeedAsync(double longitude, string urgency)
    {
        var staff = await api.ClientForAsync(DemoIds.GridXianqiao);
        var worker = await api.ClientForAsync(DemoIds.WorkerXianqiao);
        var household = await staff.DataAsync("mutation($input: HouseholdInput!) { registerHousehold(input: $input) { id } }", new
        {
            input = new { communityCode = DemoIds.XianqiaoCommunity, latitude = Latitude, longitude, memberCount = 2, riskLevel = "MEDIUM", headName = "测试户", address = "测试地址" },
        });
        var need = await staff.DataAsync("mutation($input: ReportNeedInput!) { reportNeed(input: $input) { id } }", new
        {
            input = new { householdId = household["registerHousehold"]!["id"]!.GetValue<string>(), categoryCode = "LEGAL_AID", publicSummary = "需要法律咨询", urgency },
        });
        var id = need["reportNeed"]!["id"]!.GetValue<string>();
        await worker.DataAsync("mutation($id: ID!) { claimNeed(needId: $id) { status } }", new { id });
        return id;
    }

    private async Task<string> ResourceAsync(double longitude, double radius, int quantity = 1)
    {
        var donor = await api.ClientForAsync(DemoIds.DonorHefeiTelecom);
        JsonNode data = await donor.DataAsync("mutation($input: ResourceInput!) { postResource(input: $input) { id } }", new
        {
            input = new { categoryCode = "LEGAL_AID", kind = "SERVICE", title = "法律援助咨询", quantity, unit = "次", latitude = Latitude, longitude, serviceRadiusMeters = radius },
        });
        return data["postResource"]!["id"]!.GetValue<string>();
    }
}
