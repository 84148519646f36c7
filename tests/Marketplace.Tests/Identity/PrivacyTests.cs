using Marketplace.DemoData;
using Marketplace.Core.Needs;
using Marketplace.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Tests.Identity;

/// <summary>A donor's token cannot reach a household's identity or exact point by any path; caseworkers see what their role allows.</summary>
public sealed class PrivacyTests(PrivacyTests.Fixture api) : IClassFixture<PrivacyTests.Fixture>
{
    [Theory]
    [InlineData("""query($id: ID!) { need(id: $id) { location { coordinates } } }""")]
    [InlineData("""query($id: ID!) { need(id: $id) { privateDescription } }""")]
    [InlineData("""query($id: ID!) { need(id: $id) { household { headName phone idNumber address location { coordinates } } } }""")]
    [InlineData("""query($id: ID!) { need(id: $id) { where: location { coordinates } who: household { name: headName } } }""")]
    [InlineData("""query($id: ID!) { need(id: $id) { ...Exact } } fragment Exact on Need { location { coordinates } household { ...Who } } fragment Who on Household { headName }""")]
    [InlineData("""query($id: ID!) { need(id: $id) { ... on Need { privateDescription } } }""")]
    [InlineData("""query($id: ID!) { need(id: $id) { matches { need { location { coordinates } household { headName } } } } }""")]
    [InlineData("""query($id: ID!) { need(id: $id) { timeline { note } } }""")]
    [InlineData("""query($id: ID!) { need(id: $id) { household { members(includeRemoved: true) { name idNumber birthDate disabilityType chronicIllness } } } }""")]
    [InlineData("""{ needs(first: 100) { nodes { location { coordinates } privateDescription household { headName } } } }""")]
    public async Task A_donor_gets_no_personal_data_by_any_path(string query)
    {
        var donor = await api.ClientForAsync(DemoIds.DonorHefeiTelecom);

        var response = await donor.PostAsync(query, new { id = api.HeldNeedId });

        Assert.Equal("FORBIDDEN", response.FirstErrorCode);
        foreach (var secret in api.Secrets) Assert.DoesNotContain(secret, response.RawBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_donor_measures_distance_to_the_community_not_to_the_household()
    {
        var donor = await api.ClientForAsync(DemoIds.DonorHefeiTelecom);

        var data = await donor.DataAsync($$"""
            { needs(filter: { regionCode: "{{DemoIds.XianqiaoCommunity}}", near: { latitude: 31.8655, longitude: 117.2881, radiusMeters: 200 } }, first: 100) {
                totalCount edges { distanceMeters node { approximateLocation { coordinates } } } } }
            """);

        // Every Xianqiao need is "at" the community centroid for a donor: one distance for all,
        // and all of them inside a radius that reaches the centroid, wherever the households are.
        var distances = data["needs"]!["edges"]!.AsArray().Select(e => e!["distanceMeters"]!.GetValue<double>()).Distinct().ToList();
        Assert.Single(distances);
        Assert.Equal(api.NeedsInXianqiao, data["needs"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_donor_a_social_worker_and_an_officer_each_see_the_same_need_differently()
    {
        const string Query = """query($id: ID!) { need(id: $id) { publicSummary privateDescription household { riskLevel headName } } }""";
        var donor = await (await api.ClientForAsync(DemoIds.DonorHefeiTelecom)).PostAsync(Query, new { id = api.HeldNeedId });
        var holder = await (await api.ClientForAsync(DemoIds.WorkerXianqiao)).PostAsync(Query, new { id = api.HeldNeedId });
        var otherWorker = await (await api.ClientForAsync(DemoIds.Worker2Xianqiao)).PostAsync(Query, new { id = api.HeldNeedId });
        var officer = await (await api.ClientForAsync(DemoIds.OfficerXiaoyaojin)).PostAsync(Query, new { id = api.HeldNeedId });

        // The donor: the public summary, and refusals for the rest.
        Assert.NotNull(donor.Data!["need"]!["publicSummary"]);
        Assert.Null(donor.Data["need"]!["privateDescription"]);
        Assert.Null(donor.Data["need"]!["household"]);
        // The social worker holding the need: everything.
        Assert.Null(holder.Errors);
        Assert.Equal(api.HeadName, holder.Data!["need"]!["household"]!["headName"]!.GetValue<string>());
        // Another social worker of the area: the household's situation, not its identity.
        Assert.Equal("FORBIDDEN", otherWorker.FirstErrorCode);
        Assert.NotNull(otherWorker.Data!["need"]!["household"]!["riskLevel"]);
        Assert.Null(otherWorker.Data["need"]!["household"]!["headName"]);
        // The sub-district officer: everything.
        Assert.Null(officer.Errors);
        Assert.NotNull(officer.Data!["need"]!["privateDescription"]);
    }

    [Fact]
    public async Task Every_read_of_personal_data_is_on_record_for_the_areas_officer_and_refusals_are_not()
    {
        var officer = await api.ClientForAsync(DemoIds.OfficerXiaoyaojin);
        var staff = await api.ClientForAsync(DemoIds.GridXianqiao);
        var donor = await api.ClientForAsync(DemoIds.DonorHefeiTelecom);

        await staff.DataAsync("""query($id: ID!) { need(id: $id) { household { headName phone } } }""", new { id = api.HeldNeedId });
        await donor.PostAsync("""query($id: ID!) { need(id: $id) { privateDescription } }""", new { id = api.HeldNeedId });
        var log = await officer.DataAsync($$"""{ personalDataReads(regionCode: "{{DemoIds.XianqiaoCommunity}}", first: 100) { reader field householdId } }""");

        var entries = log["personalDataReads"]!.AsArray().Select(r => (Reader: r!["reader"]!.GetValue<string>(), Field: r["field"]!.GetValue<string>())).ToList();
        Assert.Contains((DemoIds.GridXianqiao, "headName"), entries);
        Assert.Contains((DemoIds.GridXianqiao, "phone"), entries);
        Assert.DoesNotContain(entries, e => e.Reader == DemoIds.DonorHefeiTelecom);
    }

    public sealed class Fixture : ApiFixture
    {
        /// <summary>An open Xianqiao need held by the demo social worker.</summary>
        public Guid HeldNeedId { get; private set; }
        public string HeadName { get; private set; } = "";
        public int NeedsInXianqiao { get; private set; }
        /// <summary>What must never appear in a donor's response.</summary>
        public List<string> Secrets { get; } = [];

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            await using var db = await Contexts.CreateDbContextAsync();
            var open = NeedStatuses.Open;
            var need = await db.Needs.Include(n => n.Household)
                .Where(n => n.ClaimedBy == DemoIds.WorkerXianqiao && open.Contains(n.Status) && n.PrivateDescription != null)
                .OrderBy(n => n.Id).FirstAsync();
            var personal = await db.Set<Core.Households.HouseholdPersonalData>().SingleAsync(p => p.HouseholdId == need.HouseholdId);
            HeldNeedId = need.Id;
            HeadName = personal.HeadName;
            NeedsInXianqiao = await db.Needs.CountAsync(n => n.RegionCode == DemoIds.XianqiaoCommunity);
            Secrets.AddRange([personal.HeadName, personal.Address, need.PrivateDescription!, need.Location.X.ToString("0.0000", System.Globalization.CultureInfo.InvariantCulture)]);
        }
    }
}
