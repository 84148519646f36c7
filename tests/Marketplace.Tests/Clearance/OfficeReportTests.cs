using System.Text.Json.Nodes;
using Marketplace.Core.Clearance;
using Marketplace.DemoData;
using Marketplace.Core.Identity;
using Marketplace.Core.Regions;
using Microsoft.Extensions.DependencyInjection;
using static Marketplace.Tests.Clearance.ClearanceFixture;

namespace Marketplace.Tests.Clearance;

/// <summary>The map, the overdue list, the coverage gaps and a donor's impact, on the fixture of <see cref="ClearanceFixture"/>.</summary>
public sealed class OfficeReportTests(ClearanceFixture fixture) : IClassFixture<ClearanceFixture>
{
    private const string Map = """
        query($region: String!, $level: RegionLevel) {
          needsMap(regionCode: $region, level: $level) {
            type
            features { type id geometry properties { kind regionCode regionName collected cleared open overdue cancelled clearanceRate needId categoryCode urgency status } }
          }
        }
        """;

    [Fact]
    public async Task The_map_is_a_feature_collection_of_communities_with_their_figures_and_the_open_needs_for_the_officer()
    {
        var officer = await fixture.ClientForAsync(Officer);
        var map = (await officer.DataAsync(Map, new { region = SubDistrict }))["needsMap"]!;
        Assert.Equal("FeatureCollection", map["type"]!.GetValue<string>());
        var features = map["features"]!.AsArray().Select(f => f!).ToList();
        var areas = features.Where(f => f["properties"]!["kind"]!.GetValue<string>() == "REGION").ToDictionary(f => f["id"]!.GetValue<string>());

        // All needs as they stand now. A: 1, 2, 3, 7, 9 (cleared 1, 2, 7; 3 overdue). B: 4, 5, 6, 8.
        var a = areas[CommunityA];
        Assert.Equal("Polygon", a["geometry"]!["type"]!.GetValue<string>());
        Assert.Equal([5, 3, 2, 1, 0], Counts(a));
        Assert.Equal(0.6, a["properties"]!["clearanceRate"]!.GetValue<double>(), precision: 6);
        var b = areas[CommunityB];
        Assert.Equal("Point", b["geometry"]!["type"]!.GetValue<string>());
        Assert.Equal([4, 2, 1, 0, 1], Counts(b));

        // The officer sees the open needs 3, 6 and 9 at their households' points, and that is logged.
        var points = features.Where(f => f["properties"]!["kind"]!.GetValue<string>() == "NEED").ToList();
        Assert.Equal(new[] { 3, 6, 9 }.Select(n => fixture.Needs[n].ToString()).Order(), points.Select(p => p["id"]!.GetValue<string>()).Order());
        Assert.All(points, p => Assert.Equal("Point", p["geometry"]!["type"]!.GetValue<string>()));
        var log = await officer.DataAsync("query($r: String!) { personalDataReads(regionCode: $r) { field reader } }", new { r = SubDistrict });
        Assert.Contains(log["personalDataReads"]!.AsArray(), r => r!["field"]!.GetValue<string>() == "location" && r["reader"]!.GetValue<string>() == Officer);
    }

    [Fact]
    public async Task Donors_get_the_areas_only()
    {
        var donor = await fixture.ClientForAsync(DemoIds.DonorHefeiTelecom);
        var map = (await donor.DataAsync(Map, new { region = SubDistrict }))["needsMap"]!;
        var kinds = map["features"]!.AsArray().Select(f => f!["properties"]!["kind"]!.GetValue<string>()).ToList();
        Assert.Equal(["REGION", "REGION"], kinds);
    }

    [Fact]
    public async Task A_social_worker_sees_the_points_of_the_needs_they_hold_only()
    {
        var worker = await fixture.ClientForAsync(Worker);
        var map = (await worker.DataAsync(Map, new { region = SubDistrict }))["needsMap"]!;
        var needIds = map["features"]!.AsArray().Where(f => f!["properties"]!["kind"]!.GetValue<string>() == "NEED").Select(f => f!["id"]!.GetValue<string>());
        Assert.Equal([fixture.Needs[3].ToString()], needIds);
    }

    [Fact]
    public async Task Without_need_points_the_map_has_the_areas_only()
    {
        var officer = await fixture.ClientForAsync(Officer);
        var map = (await officer.DataAsync("query($r: String!) { needsMap(regionCode: $r, needPoints: false) { features { properties { kind } } } }", new { r = SubDistrict }))["needsMap"]!;
        Assert.Equal(["REGION", "REGION"], map["features"]!.AsArray().Select(f => f!["properties"]!["kind"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_district_map_by_sub_district_and_a_map_coarser_than_its_region_is_refused()
    {
        var map = (await fixture.Client.DataAsync(Map, new { region = District }))["needsMap"]!;
        var area = Assert.Single(map["features"]!.AsArray(), f => f!["properties"]!["kind"]!.GetValue<string>() == "REGION");
        Assert.Equal(SubDistrict, area!["id"]!.GetValue<string>());
        Assert.Equal(9, area["properties"]!["collected"]!.GetValue<int>());

        var refused = await fixture.Client.PostAsync(Map, new { region = CommunityA, level = "DISTRICT" });
        Assert.Equal("VALIDATION", refused.FirstErrorCode);
    }

    [Theory]
    [InlineData(District, RegionLevel.SubDistrict, ClearanceGrouping.SubDistrict)]
    [InlineData(SubDistrict, RegionLevel.Community, ClearanceGrouping.Community)]
    public async Task A_map_area_has_the_figures_clearance_stats_give_it_times_to_clear_included(string region, RegionLevel level, ClearanceGrouping grouping)
    {
        // The map counts by community and adds communities up; clearanceStats groups the needs
        // directly. The sub-district's times to clear come from both its communities' needs.
        var admin = new Viewer("admin", Role.Admin, null, null);
        var map = await fixture.Services.GetRequiredService<NeedsMapQuery>().MapAsync(admin, region, level, withPoints: false, CancellationToken.None);
        var stats = await fixture.Services.GetRequiredService<ClearanceReport>().StatsAsync(admin, region, new ReportingPeriod(null, null), grouping, CancellationToken.None);

        var expected = stats.Groups.ToDictionary(g => g.Key, g => g.Figures);
        Assert.NotEmpty(expected);
        Assert.All(expected.Values, f => Assert.NotNull(f.P90DaysToClear));
        Assert.Equal(expected, map.Areas.ToDictionary(a => a.RegionCode, a => a.Figures));
    }

    [Fact]
    public async Task Overdue_needs_are_the_open_ones_past_due_with_who_holds_them()
    {
        var officer = await fixture.ClientForAsync(Officer);
        var data = await officer.DataAsync("query($r: String!) { overdueNeeds(regionCode: $r) { nodes { id dueDate claimedBy status } } }", new { r = SubDistrict });
        var need = Assert.Single(data["overdueNeeds"]!["nodes"]!.AsArray());
        Assert.Equal(fixture.Needs[3].ToString(), need!["id"]!.GetValue<string>());
        Assert.Equal(Worker, need["claimedBy"]!.GetValue<string>());
    }

    [Fact]
    public async Task Coverage_gaps_are_open_needs_nothing_within_reach_can_serve()
    {
        // Open: 3 (eye care, A: the project targeting A serves it), 9 (grain, A: the resource
        // reaches it), 6 (grain, B: the resource is 5 km away, B's project is full, B's own resource withdrawn).
        var data = await fixture.Client.DataAsync("""
            query($r: String!) { coverageGaps(regionCode: $r) { openNeeds uncoveredNeeds gaps { category { code } region { code } openNeeds uncoveredNeeds } } }
            """, new { r = SubDistrict });
        var gaps = data["coverageGaps"]!;
        Assert.Equal(3, gaps["openNeeds"]!.GetValue<int>());
        Assert.Equal(1, gaps["uncoveredNeeds"]!.GetValue<int>());
        var gap = Assert.Single(gaps["gaps"]!.AsArray());
        Assert.Equal("GRAIN_AND_OIL", gap!["category"]!["code"]!.GetValue<string>());
        Assert.Equal(CommunityB, gap["region"]!["code"]!.GetValue<string>());
        Assert.Equal((1, 1), (gap["openNeeds"]!.GetValue<int>(), gap["uncoveredNeeds"]!.GetValue<int>()));
    }

    [Fact]
    public async Task A_donors_impact_counts_its_deliveries_in_the_period_without_naming_anyone()
    {
        const string Impact = """
            query($org: ID!, $from: DateOnly, $to: DateOnly) {
              donorImpact(organisationId: $org, from: $from, to: $to) { householdsServed unitsDelivered needsCleared matchesDelivered byCategory { category { code } householdsServed unitsDelivered } }
            }
            """;
        var donor = await fixture.ClientForAsync(DemoIds.DonorHefeiTelecom);
        var org = DemoIds.HefeiTelecomBranch;
        // Demo deliveries are in 2026; the fixture's in 2025. March 2025: needs 1 (3 units, H1) and
        // 7 (1 unit, H2); need 2's delivery was at 00:10 on 1 April, China time.
        var march = (await donor.DataAsync(Impact, new { org, from = "2025-03-01", to = "2025-03-31" }))["donorImpact"]!;
        Assert.Equal([2, 4, 2, 2], ImpactFigures(march));
        var year = (await donor.DataAsync(Impact, new { org, from = "2025-01-01", to = "2025-12-31" }))["donorImpact"]!;
        Assert.Equal([2, 6, 3, 3], ImpactFigures(year)); // H1 counted once for needs 1 and 2
        var grain = Assert.Single(year["byCategory"]!.AsArray());
        Assert.Equal("GRAIN_AND_OIL", grain!["category"]!["code"]!.GetValue<string>());

        var otherDonor = await fixture.ClientForAsync(DemoIds.DonorEyeHospital);
        Assert.Equal("FORBIDDEN", (await otherDonor.PostAsync(Impact, new { org })).FirstErrorCode);
    }

    private static int[] Counts(JsonNode feature)
    {
        var p = feature["properties"]!;
        return [.. new[] { "collected", "cleared", "open", "overdue", "cancelled" }.Select(k => p[k]!.GetValue<int>())];
    }

    private static int[] ImpactFigures(JsonNode impact) =>
        [.. new[] { "householdsServed", "unitsDelivered", "needsCleared", "matchesDelivered" }.Select(k => impact[k]!.GetValue<int>())];
}
