using System.Text.Json.Nodes;
using Marketplace.DemoData;
using static Marketplace.Tests.Clearance.ClearanceFixture;

namespace Marketplace.Tests.Clearance;

/// <summary>The office's figures against answers worked out by hand from the table in <see cref="ClearanceFixture"/>.</summary>
public sealed class ClearanceStatsTests(ClearanceFixture fixture) : IClassFixture<ClearanceFixture>
{
    private const string Stats = """
        query($region: String!, $from: DateOnly, $to: DateOnly, $groupBy: ClearanceGroupBy) {
          clearanceStats(regionCode: $region, from: $from, to: $to, groupBy: $groupBy) {
            total { ...figures }
            groups { key label figures { ...figures } }
          }
        }
        fragment figures on ClearanceFigures { collected cleared open overdue cancelled clearanceRate medianDaysToClear p90DaysToClear }
        """;

    /// <summary>collected, cleared, open, overdue, cancelled, rate, median days, p90 days.</summary>
    private sealed record Figures(int Collected, int Cleared, int Open, int Overdue, int Cancelled, double? Rate, double? Median, double? P90);

    [Fact]
    public async Task The_period_total_counts_the_needs_collected_in_it_in_China_time()
    {
        // Needs 1, 2, 3, 4, 5, 6, 8: need 8 was reported on 1 March in China (28 February in UTC);
        // need 7 came before the period and need 9 after it. Cleared 1, 2, 5, 8 in 2, 10, 4 and
        // 1 days; need 4 cancelled (out of the rate); need 3 past due; need 6 re-opened, so open.
        var stats = await StatsAsync(SubDistrict, "2025-03-01", "2025-04-30", null);
        AssertFigures(new Figures(7, 4, 2, 1, 1, 4.0 / 6, 3.0, 8.2), stats["total"]!);
        Assert.Empty(stats["groups"]!.AsArray());
    }

    [Fact]
    public async Task By_community()
    {
        var groups = await GroupsAsync("COMMUNITY");
        Assert.Equal([CommunityA, CommunityB], groups.Keys);
        Assert.Equal("甲社区", groups[CommunityA].Label);
        // A: 1, 2, 3 — cleared in 2 and 10 days. B: 4, 5, 6, 8 — cleared in 4 and 1 days, 4 cancelled.
        AssertFigures(new Figures(3, 2, 1, 1, 0, 2.0 / 3, 6.0, 9.2), groups[CommunityA].Figures);
        AssertFigures(new Figures(4, 2, 1, 0, 1, 2.0 / 3, 2.5, 3.7), groups[CommunityB].Figures);
    }

    [Fact]
    public async Task By_month_of_collection()
    {
        var groups = await GroupsAsync("MONTH");
        Assert.Equal(["2025-03", "2025-04"], groups.Keys);
        // March: 1, 2, 3, 4, 8 (cleared in 2, 10, 1 days). April: 5, 6.
        AssertFigures(new Figures(5, 3, 1, 1, 1, 0.75, 2.0, 8.4), groups["2025-03"].Figures);
        AssertFigures(new Figures(2, 1, 1, 0, 0, 0.5, 4.0, 4.0), groups["2025-04"].Figures);
    }

    [Fact]
    public async Task By_category()
    {
        var groups = await GroupsAsync("CATEGORY");
        Assert.Equal(["EYE_CARE", "GRAIN_AND_OIL"], groups.Keys);
        AssertFigures(new Figures(2, 1, 1, 1, 0, 0.5, 4.0, 4.0), groups["EYE_CARE"].Figures);
        AssertFigures(new Figures(5, 3, 1, 0, 1, 0.75, 2.0, 8.4), groups["GRAIN_AND_OIL"].Figures);
    }

    [Fact]
    public async Task By_organisation_counts_accepted_and_delivered_matches_only()
    {
        var groups = await GroupsAsync("ORGANISATION");
        // Telecom delivered to 1 and 2 (its match for 3 was declined); the eye hospital accepted 5;
        // 3, 4, 6 and 8 were taken on by nobody.
        Assert.Equal(3, groups.Count);
        AssertFigures(new Figures(4, 1, 2, 1, 1, 1.0 / 3, 1.0, 1.0), groups[""].Figures);
        AssertFigures(new Figures(2, 2, 0, 0, 0, 1.0, 6.0, 9.2), groups[DemoIds.HefeiTelecomBranch.ToString()].Figures);
        AssertFigures(new Figures(1, 1, 0, 0, 0, 1.0, 4.0, 4.0), groups[DemoIds.EyeHospital.ToString()].Figures);
    }

    [Fact]
    public async Task By_sub_district_of_a_district_and_without_bounds()
    {
        var stats = await StatsAsync(District, null, null, "SUBDISTRICT");
        var group = Assert.Single(stats["groups"]!.AsArray());
        Assert.Equal(SubDistrict, group!["key"]!.GetValue<string>());
        Assert.Equal("核算街道", group["label"]!.GetValue<string>());
        // All nine: cleared 1, 2, 5, 7, 8 (not 6, re-opened) in 2, 10, 4, 4 + 9.5/24 and 1 days.
        var needSeven = 4 + 9.5 / 24;
        AssertFigures(new Figures(9, 5, 3, 1, 1, 5.0 / 8, 4.0, needSeven + 0.6 * (10 - needSeven)), stats["total"]!);
    }

    [Fact]
    public async Task By_sub_district_in_a_period_counts_the_needs_collected_in_it()
    {
        // The same seven needs as the period total above, all in the one sub-district.
        var stats = await StatsAsync(District, "2025-03-01", "2025-04-30", "SUBDISTRICT");
        var expected = new Figures(7, 4, 2, 1, 1, 4.0 / 6, 3.0, 8.2);
        AssertFigures(expected, stats["total"]!);
        AssertFigures(expected, Assert.Single(stats["groups"]!.AsArray())!["figures"]!);
    }

    [Theory]
    [InlineData(SubDistrict, "COMMUNITY")]
    [InlineData(District, "SUBDISTRICT")]
    public async Task An_empty_region_has_zeros_and_no_rate(string region, string groupBy)
    {
        var stats = await StatsAsync(region, "2024-01-01", "2024-12-31", groupBy);
        AssertFigures(new Figures(0, 0, 0, 0, 0, null, null, null), stats["total"]!);
        Assert.Empty(stats["groups"]!.AsArray());
    }

    [Theory]
    [InlineData("2025-05-01", "2025-04-01", "VALIDATION")]
    [InlineData("2025-13-01", null, "GRAPHQL_VALIDATION_FAILED")] // not a date: the variables are refused before execution
    [InlineData("0001-01-01", "9999-12-31", "VALIDATION")] // dates the product keeps no figures for (they answered INTERNAL_SERVER_ERROR)
    [InlineData(null, "9999-12-31", "VALIDATION")]
    public async Task A_bad_period_is_refused_with_a_code(string? from, string? to, string code)
    {
        var response = await fixture.Client.PostAsync(Stats, new { region = SubDistrict, from, to });
        Assert.Equal(code, response.FirstErrorCode);
        Assert.NotEqual(500, response.Status);
    }

    [Fact]
    public async Task Caseworkers_see_their_own_area_only()
    {
        var officer = await fixture.ClientForAsync(Officer);
        var own = await officer.PostAsync(Stats, new { region = SubDistrict });
        Assert.Null(own.Errors);
        var other = await officer.PostAsync(Stats, new { region = DemoIds.XiaoyaojinSubDistrict });
        Assert.Equal("FORBIDDEN", other.FirstErrorCode);
        var donor = await fixture.ClientForAsync(DemoIds.DonorHefeiTelecom);
        Assert.Null((await donor.PostAsync(Stats, new { region = SubDistrict })).Errors);
    }

    private async Task<JsonNode> StatsAsync(string region, string? from, string? to, string? groupBy) =>
        (await fixture.Client.DataAsync(Stats, new { region, from, to, groupBy }))["clearanceStats"]!;

    private async Task<Dictionary<string, (string Label, JsonNode Figures)>> GroupsAsync(string groupBy)
    {
        var stats = await StatsAsync(SubDistrict, "2025-03-01", "2025-04-30", groupBy);
        return stats["groups"]!.AsArray().ToDictionary(
            g => g!["key"]!.GetValue<string>(), g => (g!["label"]!.GetValue<string>(), g["figures"]!));
    }

    private static void AssertFigures(Figures expected, JsonNode actual)
    {
        Assert.Equal(expected.Collected, actual["collected"]!.GetValue<int>());
        Assert.Equal(expected.Cleared, actual["cleared"]!.GetValue<int>());
        Assert.Equal(expected.Open, actual["open"]!.GetValue<int>());
        Assert.Equal(expected.Overdue, actual["overdue"]!.GetValue<int>());
        Assert.Equal(expected.Cancelled, actual["cancelled"]!.GetValue<int>());
        AssertClose(expected.Rate, actual["clearanceRate"]);
        AssertClose(expected.Median, actual["medianDaysToClear"]);
        AssertClose(expected.P90, actual["p90DaysToClear"]);
    }

    private static void AssertClose(double? expected, JsonNode? actual)
    {
        if (expected is null)
        {
            Assert.Null(actual);
            return;
        }
        Assert.NotNull(actual);
        Assert.Equal(expected.Value, actual.GetValue<double>(), precision: 6);
    }
}
