using Marketplace.DemoData;
using Marketplace.Tests.Infrastructure;

namespace Marketplace.Tests.Matching;

/// <summary>
/// What features do, in the same transaction, when a feature below them announces a change
/// (ICommandReaction): matching when a need is cancelled or a resource withdrawn, needs when a
/// household moves. Through the API, so that a reaction left unregistered fails here.
/// </summary>
public sealed class ChangeReactionTests(CaseworkFixture api) : IClassFixture<CaseworkFixture>
{
    private const string Propose = "mutation($input: ProposeMatchInput!) { proposeMatch(input: $input) { id } }";

    [Fact]
    public async Task Cancelling_a_need_cancels_its_proposals_and_an_accepted_match_refuses_it_changing_nothing()
    {
        var worker = await api.ClientForAsync(DemoIds.WorkerXianqiao);
        var donor = await api.ClientForAsync(DemoIds.DonorHefeiTelecom);
        var resource = await api.PostResourceAsync(quantity: 2);
        var proposedNeed = await ClaimedNeedAsync(worker);
        var acceptedNeed = await ClaimedNeedAsync(worker);
        var proposal = await ProposeAsync(worker, proposedNeed, resource);
        var accepted = await ProposeAsync(worker, acceptedNeed, resource);
        await donor.DataAsync("mutation($id: ID!) { acceptMatch(matchId: $id) { status } }", new { id = accepted });

        await worker.DataAsync("mutation($id: ID!) { cancelNeed(needId: $id, reason: \"重复登记\") { status } }", new { id = proposedNeed });
        var refused = await worker.PostAsync("mutation($id: ID!) { cancelNeed(needId: $id, reason: \"重复登记\") { status } }", new { id = acceptedNeed });

        Assert.Equal("CANCELLED", await MatchStatusAsync(proposedNeed, proposal));
        Assert.Equal("CANCELLED", (await api.NeedAsync(proposedNeed))["status"]!.GetValue<string>());
        Assert.Equal("INVALID_TRANSITION", refused.FirstErrorCode);
        Assert.Equal("ACCEPTED", await MatchStatusAsync(acceptedNeed, accepted));
        Assert.Equal("IN_SERVICE", (await api.NeedAsync(acceptedNeed))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Withdrawing_a_resource_cancels_its_proposals_and_accepted_matches_stand()
    {
        var worker = await api.ClientForAsync(DemoIds.WorkerXianqiao);
        var donor = await api.ClientForAsync(DemoIds.DonorHefeiTelecom);
        var resource = await api.PostResourceAsync(quantity: 2);
        var acceptedNeed = await ClaimedNeedAsync(worker);
        var proposedNeed = await ClaimedNeedAsync(worker);
        var accepted = await ProposeAsync(worker, acceptedNeed, resource);
        var proposal = await ProposeAsync(worker, proposedNeed, resource);
        await donor.DataAsync("mutation($id: ID!) { acceptMatch(matchId: $id) { status } }", new { id = accepted });

        var withdrawn = await donor.DataAsync("mutation($id: ID!) { withdrawResource(resourceId: $id, reason: \"库存已发完\") { status } }", new { id = resource });

        Assert.Equal("WITHDRAWN", withdrawn["withdrawResource"]!["status"]!.GetValue<string>());
        Assert.Equal("ACCEPTED", await MatchStatusAsync(acceptedNeed, accepted));
        Assert.Equal("CANCELLED", await MatchStatusAsync(proposedNeed, proposal));
        var need = await api.NeedAsync(proposedNeed);
        Assert.Equal("CLAIMED", need["status"]!.GetValue<string>());
        Assert.Contains(need["timeline"]!.AsArray(), e => e!["kind"]!.GetValue<string>() == "MATCH_CANCELLED");
    }

    [Fact]
    public async Task A_household_moved_to_another_community_takes_its_open_needs_and_leaves_its_cleared_ones()
    {
        var officer = await api.ClientForAsync(DemoIds.OfficerXiaoyaojin);
        var registered = await officer.DataAsync("mutation($input: HouseholdInput!) { registerHousehold(input: $input) { id } }",
            new { input = Household(DemoIds.XianqiaoCommunity, api.HouseholdPoint.Latitude, api.HouseholdPoint.Longitude) });
        var household = registered["registerHousehold"]!["id"]!.GetValue<string>();
        var open = await ReportAsync(officer, household);
        var cleared = await ReportAsync(officer, household);
        await officer.DataAsync("mutation($id: ID!) { cancelNeed(needId: $id, reason: \"已由其他渠道解决\") { status } }", new { id = cleared });

        await officer.DataAsync("mutation($id: ID!, $input: HouseholdInput!) { updateHousehold(householdId: $id, input: $input) { id } }",
            new { id = household, input = Household(DemoIds.AnqingluCommunity, api.HouseholdPoint.Latitude + 0.01, api.HouseholdPoint.Longitude) });

        Assert.Equal(DemoIds.AnqingluCommunity, await RegionOfAsync(open));
        Assert.Equal(DemoIds.XianqiaoCommunity, await RegionOfAsync(cleared));
    }

    private async Task<string> ClaimedNeedAsync(GraphQLClient worker)
    {
        var need = await api.ReportNeedAsync();
        await worker.DataAsync("mutation($id: ID!) { claimNeed(needId: $id) { status } }", new { id = need });
        return need;
    }

    private static async Task<string> ProposeAsync(GraphQLClient worker, string need, string resource) =>
        (await worker.DataAsync(Propose, new { input = new { needId = need, resourceId = resource } }))["proposeMatch"]!["id"]!.GetValue<string>();

    private async Task<string> MatchStatusAsync(string need, string match)
    {
        var data = await api.Client.DataAsync("query($id: ID!) { need(id: $id) { matches { id status } } }", new { id = need });
        return data["need"]!["matches"]!.AsArray().Single(m => m!["id"]!.GetValue<string>() == match)!["status"]!.GetValue<string>();
    }

    private static async Task<string> ReportAsync(GraphQLClient staff, string household) =>
        (await staff.DataAsync("mutation($input: ReportNeedInput!) { reportNeed(input: $input) { id } }",
            new { input = new { householdId = household, categoryCode = "HOUSEKEEPING", publicSummary = "需要上门保洁", urgency = "NORMAL" } }))["reportNeed"]!["id"]!.GetValue<string>();

    private async Task<string> RegionOfAsync(string need) =>
        (await api.Client.DataAsync("query($id: ID!) { need(id: $id) { regionCode } }", new { id = need }))["need"]!["regionCode"]!.GetValue<string>();

    private static object Household(string community, double latitude, double longitude) => new
    {
        communityCode = community, latitude, longitude, memberCount = 2, riskLevel = "MEDIUM",
        headName = "王某", phone = "13800000000", address = "庐阳区某路 8 号",
    };
}
