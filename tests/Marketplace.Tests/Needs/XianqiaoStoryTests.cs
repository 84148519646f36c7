using Marketplace.DemoData;
using Marketplace.Tests.Infrastructure;

namespace Marketplace.Tests.Needs;

/// <summary>The Xianqiao story from start to end through GraphQL, each step by the person who takes it.</summary>
public sealed class XianqiaoStoryTests(CaseworkFixture api) : IClassFixture<CaseworkFixture>
{
    [Fact]
    public async Task A_need_goes_from_reported_to_cleared_and_the_timeline_shows_every_step()
    {
        var staff = await api.ClientForAsync(DemoIds.GridXianqiao);
        var worker = await api.ClientForAsync(DemoIds.WorkerXianqiao);
        var donor = await api.ClientForAsync(DemoIds.DonorHefeiTelecom);

        var need = await api.ReportNeedAsync();
        await staff.DataAsync("mutation($id: ID!) { verifyNeed(needId: $id, note: \"入户核实\") { status } }", new { id = need });
        var resource = await api.PostResourceAsync(quantity: 10);
        var claimed = await worker.DataAsync("mutation($id: ID!) { claimNeed(needId: $id) { status claimedBy } }", new { id = need });
        var proposed = await worker.DataAsync("""
            mutation($input: ProposeMatchInput!) { proposeMatch(input: $input) { id status need { status } } }
            """, new { input = new { needId = need, resourceId = resource, quantity = 1 } });
        var match = proposed["proposeMatch"]!["id"]!.GetValue<string>();
        var accepted = await donor.DataAsync("mutation($id: ID!) { acceptMatch(matchId: $id) { status need { status } resource { remainingCapacity } } }", new { id = match });
        await donor.DataAsync("mutation($id: ID!) { markDelivered(matchId: $id, note: \"已送达\") { status } }", new { id = match });
        var cleared = await worker.DataAsync("mutation($id: ID!) { clearNeed(needId: $id, note: \"物资已送达，回访满意，销号\") { status clearedAt clearanceNote } }", new { id = need });

        Assert.Equal("CLAIMED", claimed["claimNeed"]!["status"]!.GetValue<string>());
        Assert.Equal("MATCHED", proposed["proposeMatch"]!["need"]!["status"]!.GetValue<string>());
        Assert.Equal("IN_SERVICE", accepted["acceptMatch"]!["need"]!["status"]!.GetValue<string>());
        Assert.Equal(9, accepted["acceptMatch"]!["resource"]!["remainingCapacity"]!.GetValue<int>());
        Assert.Equal("CLEARED", cleared["clearNeed"]!["status"]!.GetValue<string>());
        Assert.NotNull(cleared["clearNeed"]!["clearedAt"]);

        var timeline = (await api.NeedAsync(need))["timeline"]!.AsArray()
            .Select(e => $"{e!["kind"]} by {e["actor"]}: {e["fromStatus"]} → {e["toStatus"]}").ToList();
        Assert.Equal(
        [
            "REPORTED by grid.xianqiao:  → ",
            "VERIFIED by grid.xianqiao: REPORTED → VERIFIED",
            "CLAIMED by worker.xianqiao: VERIFIED → CLAIMED",
            "MATCH_PROPOSED by worker.xianqiao: CLAIMED → MATCHED",
            "MATCH_ACCEPTED by donor.hefei-telecom: MATCHED → IN_SERVICE",
            "MATCH_DELIVERED by donor.hefei-telecom:  → ",
            "CLEARED by worker.xianqiao: IN_SERVICE → CLEARED",
        ], timeline);
    }

    [Fact]
    public async Task Reopening_and_clearing_again_is_in_the_timeline_and_the_need_counts_once()
    {
        var worker = await api.ClientForAsync(DemoIds.WorkerXianqiao);
        var officer = await api.ClientForAsync(DemoIds.OfficerXiaoyaojin);
        var need = await api.ReportNeedAsync(category: "HAIRCUT", summary: "行动不便需要上门理发");
        await worker.DataAsync("mutation($id: ID!) { claimNeed(needId: $id) { status } }", new { id = need });
        await worker.DataAsync("mutation($id: ID!) { clearNeed(needId: $id, note: \"已上门理发\") { status } }", new { id = need });

        var reopened = await officer.DataAsync("mutation($id: ID!) { reopenNeed(needId: $id, reason: \"回访发现仍需每月理发\") { status claimedBy clearedAt } }", new { id = need });
        await worker.DataAsync("mutation($id: ID!) { clearNeed(needId: $id, note: \"已安排每月上门\") { status } }", new { id = need });

        Assert.Equal("CLAIMED", reopened["reopenNeed"]!["status"]!.GetValue<string>());
        Assert.Null(reopened["reopenNeed"]!["clearedAt"]);
        var needs = await officer.DataAsync($$"""{ needs(filter: { regionCode: "{{DemoIds.XianqiaoCommunity}}", statuses: [CLEARED], categories: ["HAIRCUT"] }, first: 100) { nodes { id } } }""");
        Assert.Single(needs["needs"]!["nodes"]!.AsArray(), n => n!["id"]!.GetValue<string>() == need);
        var kinds = (await api.NeedAsync(need))["timeline"]!.AsArray().Select(e => e!["kind"]!.GetValue<string>()).ToList();
        Assert.Equal(["REPORTED", "CLAIMED", "CLEARED", "REOPENED", "CLEARED"], kinds);
    }

    [Theory]
    [InlineData(DemoIds.DonorHefeiTelecom, "FORBIDDEN")]
    [InlineData(DemoIds.WorkerJingan, "FORBIDDEN")]
    [InlineData(DemoIds.GridXianqiao, "FORBIDDEN")]
    public async Task Only_a_social_worker_of_the_area_may_claim(string login, string code)
    {
        var need = await api.ReportNeedAsync();
        var client = await api.ClientForAsync(login);

        var response = await client.PostAsync("mutation($id: ID!) { claimNeed(needId: $id) { status } }", new { id = need });

        Assert.Equal(code, response.FirstErrorCode);
        Assert.Equal("REPORTED", (await api.NeedAsync(need))["status"]!.GetValue<string>());
    }
}
