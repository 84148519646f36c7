using Marketplace.DemoData;
using Marketplace.Tests.Infrastructure;

namespace Marketplace.Tests.Matching;

public sealed class SuggestionTests(CaseworkFixture api) : IClassFixture<CaseworkFixture>
{
    private const string Suggest = """
        query($id: ID!) {
          suggestMatches(needId: $id, first: 50) {
            distanceMeters score reasons reasonDetails { kind points text distanceMeters reachMeters urgency riskLevel quantity unit }
            resource { id title remainingCapacity } charityProject { name }
          }
        }
        """;

    [Fact]
    public async Task A_need_is_offered_the_resources_that_fit_reach_it_and_have_capacity_with_distances_and_reasons()
    {
        var worker = await api.ClientForAsync(DemoIds.WorkerXianqiao);
        var need = await api.ReportNeedAsync();
        var fits = await api.PostResourceAsync(quantity: 3);
        var otherCategory = await api.PostResourceAsync(quantity: 3, category: "LEGAL_AID");

        var suggestions = (await worker.DataAsync(Suggest, new { id = need }))["suggestMatches"]!.AsArray();

        var ours = Assert.Single(suggestions, s => s!["resource"]?["id"]?.GetValue<string>() == fits)!;
        Assert.DoesNotContain(suggestions, s => s!["resource"]?["id"]?.GetValue<string>() == otherCategory);
        // Posted 0.007° of latitude north of the household: about 778 m.
        Assert.InRange(ours["distanceMeters"]!.GetValue<double>(), 760, 800);
        Assert.InRange(ours["score"]!.GetValue<double>(), 1, 100);
        Assert.Contains(ours["reasons"]!.AsArray(), r => r!.GetValue<string>().Contains("m away, within its 3,000 m reach", StringComparison.Ordinal));
        Assert.Contains(ours["reasons"]!.AsArray(), r => r!.GetValue<string>() == "urgency HIGH");
        var details = ours["reasonDetails"]!.AsArray();
        Assert.Equal(ours["reasons"]!.AsArray().Select(r => r!.GetValue<string>()), details.Select(d => d!["text"]!.GetValue<string>()));
        Assert.Equal(ours["score"]!.GetValue<double>(), details.Sum(d => d!["points"]!.GetValue<double>()), precision: 1);
        var nearness = Assert.Single(details, d => d!["kind"]!.GetValue<string>() == "DISTANCE")!;
        Assert.Equal(ours["distanceMeters"]!.GetValue<double>(), nearness["distanceMeters"]!.GetValue<double>());
        Assert.Equal(3000, nearness["reachMeters"]!.GetValue<double>());
        Assert.Equal("HIGH", Assert.Single(details, d => d!["kind"]!.GetValue<string>() == "URGENCY")!["urgency"]!.GetValue<string>());
        Assert.NotNull(Assert.Single(details, d => d!["kind"]!.GetValue<string>() == "HOUSEHOLD_RISK")!["riskLevel"]?.GetValue<string>());
        var left = Assert.Single(details, d => d!["kind"]!.GetValue<string>() == "CAPACITY_LEFT")!;
        Assert.Equal((3, 0.0), (left["quantity"]!.GetValue<int>(), left["points"]!.GetValue<double>()));
        var scores = suggestions.Select(s => s!["score"]!.GetValue<double>()).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
        Assert.All(suggestions, s => Assert.True(s!["resource"] is null || s["resource"]!["remainingCapacity"]!.GetValue<int>() > 0));
    }

    [Fact]
    public async Task An_exhausted_resource_is_no_longer_suggested()
    {
        var worker = await api.ClientForAsync(DemoIds.WorkerXianqiao);
        var donor = await api.ClientForAsync(DemoIds.DonorHefeiTelecom);
        var first = await api.ReportNeedAsync();
        var second = await api.ReportNeedAsync();
        var resource = await api.PostResourceAsync(quantity: 1);
        await worker.DataAsync("mutation($id: ID!) { claimNeed(needId: $id) { status } }", new { id = first });
        var match = await worker.DataAsync("mutation($input: ProposeMatchInput!) { proposeMatch(input: $input) { id } }", new { input = new { needId = first, resourceId = resource } });
        await donor.DataAsync("mutation($id: ID!) { acceptMatch(matchId: $id) { status } }", new { id = match["proposeMatch"]!["id"]!.GetValue<string>() });

        var suggestions = (await worker.DataAsync(Suggest, new { id = second }))["suggestMatches"]!.AsArray();

        Assert.DoesNotContain(suggestions, s => s!["resource"]?["id"]?.GetValue<string>() == resource);
    }

    [Fact]
    public async Task A_donor_sees_needs_near_its_resource_measured_to_the_community_and_nothing_personal()
    {
        var donor = await api.ClientForAsync(DemoIds.DonorHefeiTelecom);
        var need = await api.ReportNeedAsync();
        var resource = await api.PostResourceAsync(quantity: 3);

        var data = await donor.DataAsync("""
            query($id: ID!) {
              suggestNeedsForResource(resourceId: $id, first: 50) {
                distanceMeters score reasons reasonDetails { kind points riskLevel } need { id publicSummary approximateLocation { coordinates } }
              }
            }
            """, new { id = resource });
        var personal = await donor.PostAsync("""
            query($id: ID!) { suggestNeedsForResource(resourceId: $id) { need { location { coordinates } household { headName } } } }
            """, new { id = resource });

        var suggestions = data["suggestNeedsForResource"]!.AsArray();
        Assert.Contains(suggestions, s => s!["need"]!["id"]!.GetValue<string>() == need);
        // Every Xianqiao need is at its community's centroid for the donor: one distance for them all.
        var xianqiao = suggestions.Where(s => s!["need"]!["approximateLocation"]!["coordinates"]!.ToJsonString() == suggestions.First(t => t!["need"]!["id"]!.GetValue<string>() == need)!["need"]!["approximateLocation"]!["coordinates"]!.ToJsonString());
        Assert.Single(xianqiao.Select(s => s!["distanceMeters"]!.GetValue<double>()).Distinct());
        // A household's risk is personal data: not a reason for the donor, nor hidden in the score.
        Assert.All(suggestions, s =>
        {
            Assert.DoesNotContain(s!["reasons"]!.AsArray(), r => r!.GetValue<string>().StartsWith("household risk", StringComparison.Ordinal));
            Assert.DoesNotContain(s["reasonDetails"]!.AsArray(), d => d!["kind"]!.GetValue<string>() == "HOUSEHOLD_RISK" || d["riskLevel"] is not null);
            Assert.Equal(s["score"]!.GetValue<double>(), s["reasonDetails"]!.AsArray().Sum(d => d!["points"]!.GetValue<double>()), precision: 1);
        });
        Assert.Equal("FORBIDDEN", personal.FirstErrorCode);
        Assert.DoesNotContain("\"headName\":\"", personal.RawBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_resources_own_organisation_asks_which_needs_it_could_serve()
    {
        var resource = await api.PostResourceAsync(quantity: 3);
        var otherDonor = await api.ClientForAsync(DemoIds.DonorEyeHospital);

        var response = await otherDonor.PostAsync("query($id: ID!) { suggestNeedsForResource(resourceId: $id) { score } }", new { id = resource });

        Assert.Equal("FORBIDDEN", response.FirstErrorCode);
    }
}
