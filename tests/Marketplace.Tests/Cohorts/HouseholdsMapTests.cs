using System.Text.Json.Nodes;
using Marketplace.Core.Households;
using Marketplace.DemoData;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Tests.Cohorts;

/// <summary>
/// householdsMap: the poverty map's household layer, areas counted by risk level and assistance
/// status (merged files left out), HIGH-risk points only for those who may locate households, and
/// nothing at all for organisations.
/// </summary>
public sealed class HouseholdsMapTests(HouseholdsMapTests.Fixture api) : IClassFixture<HouseholdsMapTests.Fixture>
{
    private const string Map = """
        query($region: String!, $level: RegionLevel, $points: Boolean) {
          householdsMap(regionCode: $region, level: $level, highRiskPoints: $points) {
            type level features { type id geometry properties {
              kind regionCode households byRiskLevel { riskLevel households } byAssistanceStatus { status households } householdId riskLevel } } } }
        """;

    [Fact]
    public async Task An_officer_sees_each_community_of_the_sub_district_by_risk_level_and_assistance_status()
    {
        var officer = await api.ClientForAsync(RegistryFixture.OfficerS1);

        var map = (await officer.DataAsync(Map, new { region = RegistryFixture.S1 }))["householdsMap"]!;

        Assert.Equal("COMMUNITY", map["level"]!.GetValue<string>());
        var areas = map["features"]!.AsArray().ToDictionary(f => f!["id"]!.GetValue<string>(), f => f!["properties"]!);
        Assert.Equal([RegistryFixture.C1a, RegistryFixture.C1b], areas.Keys.Order());
        // The merged file (HIGH, 低保) is not counted again.
        var c1a = areas[RegistryFixture.C1a];
        Assert.Equal(3, c1a["households"]!.GetValue<int>());
        Assert.Equal(new Dictionary<string, int> { ["HIGH"] = 2, ["MEDIUM"] = 0, ["LOW"] = 1 }, Counts(c1a["byRiskLevel"]!, "riskLevel"));
        var statuses = Counts(c1a["byAssistanceStatus"]!, "status");
        Assert.Equal(2, statuses["MINIMUM_LIVING_ALLOWANCE"]);
        Assert.Equal(1, statuses["DISABILITY"]);
        Assert.Equal(0, statuses["MARGINAL"]);
        Assert.Equal(1, Counts(areas[RegistryFixture.C1b]["byAssistanceStatus"]!, "status")["MARGINAL"]);
        Assert.All(areas.Values, a => Assert.Equal("REGION", a["kind"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_district_is_drawn_by_sub_district_with_the_communities_added_up()
    {
        var map = (await api.Client.DataAsync(Map, new { region = RegistryFixture.District }))["householdsMap"]!;

        var areas = map["features"]!.AsArray().ToDictionary(f => f!["id"]!.GetValue<string>(), f => f!["properties"]!["households"]!.GetValue<int>());
        Assert.Equal(new Dictionary<string, int> { [RegistryFixture.S1] = 4, [RegistryFixture.S2] = 2 }, areas);
    }

    [Fact]
    public async Task High_risk_points_are_for_those_who_may_locate_households_and_each_is_on_record()
    {
        var officer = await api.ClientForAsync(RegistryFixture.OfficerS1);
        var worker = await api.ClientForAsync(RegistryFixture.WorkerS1);

        var officersMap = (await officer.DataAsync(Map, new { region = RegistryFixture.S1, points = true }))["householdsMap"]!;
        var workersMap = (await worker.DataAsync(Map, new { region = RegistryFixture.S1, points = true }))["householdsMap"]!;

        var points = officersMap["features"]!.AsArray().Where(f => f!["properties"]!["kind"]!.GetValue<string>() == "HOUSEHOLD").ToList();
        Assert.Equal(api.HighInC1a.Order(), points.Select(p => Guid.Parse(p!["properties"]!["householdId"]!.GetValue<string>())).Order());
        Assert.All(points, p => Assert.Equal("Point", p!["geometry"]!["type"]!.GetValue<string>()));
        Assert.All(workersMap["features"]!.AsArray(), f => Assert.Equal("REGION", f!["properties"]!["kind"]!.GetValue<string>()));
        await using var db = await api.Contexts.CreateDbContextAsync();
        var logged = await db.PersonalDataReads.Where(r => r.Reader == RegistryFixture.OfficerS1 && r.Field == "location").Select(r => r.HouseholdId).ToListAsync();
        Assert.Superset(api.HighInC1a.ToHashSet(), logged.ToHashSet());
    }

    [Theory]
    [InlineData(RegistryFixture.StaffC1a, RegistryFixture.S1)]
    [InlineData(RegistryFixture.OfficerS2, RegistryFixture.S1)]
    [InlineData(DemoIds.DonorHefeiTelecom, RegistryFixture.District)]
    [InlineData(DemoIds.StaffLuyangSocialWork, RegistryFixture.C1a)]
    public async Task Outside_ones_area_and_for_organisations_the_map_is_forbidden(string login, string region)
    {
        var client = await api.ClientForAsync(login);

        var response = await client.PostAsync(Map, new { region });

        Assert.Equal("FORBIDDEN", response.FirstErrorCode);
        Assert.Null(response.Data?["householdsMap"]);
    }

    [Fact]
    public async Task A_communitys_staff_map_their_community_with_its_points()
    {
        var staff = await api.ClientForAsync(RegistryFixture.StaffC1a);

        var map = (await staff.DataAsync(Map, new { region = RegistryFixture.C1a, points = true }))["householdsMap"]!;

        Assert.Equal(1 + api.HighInC1a.Count, map["features"]!.AsArray().Count);
    }

    private static Dictionary<string, int> Counts(JsonNode list, string key) =>
        list.AsArray().ToDictionary(c => c![key]!.GetValue<string>(), c => c!["households"]!.GetValue<int>());

    public sealed class Fixture : RegistryFixture
    {
        public List<Guid> HighInC1a { get; } = [];

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            await using var db = await Contexts.CreateDbContextAsync();
            var high1 = Household(db, C1a, statuses: AssistanceStatus.MinimumLivingAllowance, risk: RiskLevel.High);
            var high2 = Household(db, C1a, statuses: AssistanceStatus.MinimumLivingAllowance | AssistanceStatus.Disability, risk: RiskLevel.High, longitude: 101.002);
            Household(db, C1a);
            var merged = Household(db, C1a, statuses: AssistanceStatus.MinimumLivingAllowance, risk: RiskLevel.High);
            Household(db, C1b, statuses: AssistanceStatus.Marginal, risk: RiskLevel.Medium);
            Household(db, C2, statuses: AssistanceStatus.MinimumLivingAllowance);
            Household(db, C2, statuses: AssistanceStatus.MinimumLivingAllowance);
            await db.SaveChangesAsync();
            merged.MergedIntoId = high1.Id;
            merged.MergedAt = DateTimeOffset.UtcNow;
            await db.SaveChangesAsync();
            HighInC1a.AddRange([high1.Id, high2.Id]);
        }
    }
}
