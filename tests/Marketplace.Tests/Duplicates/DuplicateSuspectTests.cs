using System.Text.Json.Nodes;
using Marketplace.Core.Audit;
using Marketplace.Core.Households;
using Marketplace.DemoData;
using Marketplace.Tests.Cohorts;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Tests.Duplicates;

/// <summary>
/// duplicateSuspects: pairs across communities and sub-districts by one phone or by name and
/// address alike, not two heads with different ID numbers; the other household's identity stays
/// its own area's; a dismissed pair is not suggested again.
/// </summary>
public sealed class DuplicateSuspectTests(DuplicateSuspectTests.Fixture api) : IClassFixture<DuplicateSuspectTests.Fixture>
{
    private const string Suspects = """
        query($region: String!) { duplicateSuspects(regionCode: $region) {
          first { id } second { id } reasons samePhone nameSimilarity addressSimilarity firstCommunityCode secondCommunityCode } }
        """;

    [Fact]
    public async Task An_officer_finds_the_same_name_and_address_in_another_sub_district_and_the_same_phone_in_another_community()
    {
        var officer = await api.ClientForAsync(RegistryFixture.OfficerS1);

        var pairs = await PairsAsync(officer, RegistryFixture.S1);

        var byName = pairs[Key(api.A, api.B)];
        Assert.Equal(["SIMILAR_NAME_AND_ADDRESS"], Reasons(byName));
        Assert.Equal(1.0, byName["nameSimilarity"]!.GetValue<double>());
        Assert.InRange(byName["addressSimilarity"]!.GetValue<double>(), 0.4, 0.5);
        Assert.Equal([RegistryFixture.C1a, RegistryFixture.C2], new[] { byName["firstCommunityCode"]!.GetValue<string>(), byName["secondCommunityCode"]!.GetValue<string>() }.Order());
        Assert.Equal(["SAME_PHONE"], Reasons(pairs[Key(api.A, api.C)]));
        // One name written with a middle dot and with a space: alike by trigrams, not equal.
        Assert.Equal(["SIMILAR_NAME_AND_ADDRESS"], Reasons(pairs[Key(api.F, api.G)]));
        // Same name, another address; same phone, but two heads with different ID numbers.
        Assert.False(pairs.ContainsKey(Key(api.A, api.D)));
        Assert.False(pairs.ContainsKey(Key(api.A, api.E)));
        // C shares that phone too, and has no ID number on file: still a suspect with E.
        Assert.Equal(["SAME_PHONE"], Reasons(pairs[Key(api.C, api.E)]));
    }

    [Fact]
    public async Task The_other_sub_districts_officer_finds_the_same_pairs_from_their_side()
    {
        var officer = await api.ClientForAsync(RegistryFixture.OfficerS2);

        var pairs = await PairsAsync(officer, RegistryFixture.S2);

        Assert.Contains(Key(api.A, api.B), pairs.Keys);
        Assert.Contains(Key(api.F, api.G), pairs.Keys);
        Assert.DoesNotContain(Key(api.A, api.C), pairs.Keys);
    }

    [Fact]
    public async Task The_household_outside_ones_area_shows_its_community_and_reasons_but_not_who_it_is()
    {
        var officer = await api.ClientForAsync(RegistryFixture.OfficerS1);

        var response = await officer.PostAsync("""
            query($region: String!) { duplicateSuspects(regionCode: $region) { reasons first { id headName community { code } } second { id headName community { code } } } }
            """, new { region = RegistryFixture.S1 });

        // A (S1) is the officer's to see; B (S2) is not: its community and the reasons show, its name is refused.
        Assert.Equal("FORBIDDEN", response.FirstErrorCode);
        var pair = response.Data!["duplicateSuspects"]!.AsArray().Single(p => Key(Id(p!["first"]!), Id(p["second"]!)) == Key(api.A, api.B))!;
        var (mine, theirs) = Id(pair["first"]!) == api.A ? (pair["first"]!, pair["second"]!) : (pair["second"]!, pair["first"]!);
        Assert.Equal("甄士隐", mine["headName"]!.GetValue<string>());
        Assert.Null(theirs["headName"]);
        Assert.Equal(RegistryFixture.C2, theirs["community"]!["code"]!.GetValue<string>());
        Assert.All(response.Errors!, e => Assert.Equal("headName", e!["path"]!.AsArray().Last()!.GetValue<string>()));

        static Guid Id(JsonNode household) => Guid.Parse(household["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_dismissed_pair_is_not_suggested_again_and_is_dismissed_once()
    {
        var officer = await api.ClientForAsync(RegistryFixture.OfficerS1);
        const string Dismiss = """
            mutation($a: ID!, $b: ID!) { dismissDuplicateSuspect(firstHouseholdId: $a, secondHouseholdId: $b, reason: "父子同住，两户分立") {
              first { id } second { id } reason dismissedBy } }
            """;

        var dismissal = (await officer.DataAsync(Dismiss, new { a = api.H, b = api.I }))["dismissDuplicateSuspect"]!;
        var again = await officer.PostAsync(Dismiss, new { a = api.I, b = api.H });
        var pairs = await PairsAsync(officer, RegistryFixture.S1);

        Assert.Equal(RegistryFixture.OfficerS1, dismissal["dismissedBy"]!.GetValue<string>());
        Assert.Equal(Key(api.H, api.I), Key(Guid.Parse(dismissal["first"]!["id"]!.GetValue<string>()), Guid.Parse(dismissal["second"]!["id"]!.GetValue<string>())));
        Assert.Equal("INVALID_TRANSITION", again.FirstErrorCode);
        Assert.DoesNotContain(Key(api.H, api.I), pairs.Keys);
        Assert.Contains(Key(api.A, api.C), pairs.Keys);
        await using var db = await api.Contexts.CreateDbContextAsync();
        Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.Action == "duplicate.dismissed" && e.Actor == RegistryFixture.OfficerS1));
    }

    [Theory]
    [InlineData(RegistryFixture.OfficerS2, "FORBIDDEN")] // neither household is in S2
    [InlineData(RegistryFixture.StaffC1a, "FORBIDDEN")]
    [InlineData(DemoIds.DonorHefeiTelecom, "FORBIDDEN")]
    public async Task Only_the_officers_of_either_household_and_admins_dismiss_a_pair(string login, string code)
    {
        var client = await api.ClientForAsync(login);

        var response = await client.PostAsync("""
            mutation($a: ID!, $b: ID!) { dismissDuplicateSuspect(firstHouseholdId: $a, secondHouseholdId: $b, reason: "不是一户") { reason } }
            """, new { a = api.A, b = api.C });

        Assert.Equal(code, response.FirstErrorCode);
    }

    [Theory]
    [InlineData(RegistryFixture.OfficerS1, RegistryFixture.S2)]
    [InlineData(RegistryFixture.StaffC1a, RegistryFixture.C1a)]
    [InlineData(RegistryFixture.WorkerS1, RegistryFixture.S1)]
    [InlineData(DemoIds.DonorHefeiTelecom, RegistryFixture.District)]
    [InlineData(DemoIds.StaffLuyangSocialWork, RegistryFixture.District)]
    public async Task Suspects_are_for_the_officers_of_the_region_and_admins(string login, string region)
    {
        var client = await api.ClientForAsync(login);

        var response = await client.PostAsync(Suspects, new { region });

        Assert.Equal("FORBIDDEN", response.FirstErrorCode);
    }

    [Fact]
    public async Task Each_pair_listed_is_a_read_of_both_households()
    {
        var officer = await api.ClientForAsync(RegistryFixture.OfficerS2);

        await PairsAsync(officer, RegistryFixture.S2);

        await using var db = await api.Contexts.CreateDbContextAsync();
        var read = await db.PersonalDataReads.Where(r => r.Reader == RegistryFixture.OfficerS2 && r.Field == "duplicateSuspect").Select(r => r.HouseholdId).ToListAsync();
        Assert.Contains(api.A, read);
        Assert.Contains(api.B, read);
    }

    private static async Task<Dictionary<string, JsonNode>> PairsAsync(Infrastructure.GraphQLClient client, string region)
    {
        var data = await client.DataAsync(Suspects, new { region });
        return data["duplicateSuspects"]!.AsArray().ToDictionary(
            p => Key(Guid.Parse(p!["first"]!["id"]!.GetValue<string>()), Guid.Parse(p["second"]!["id"]!.GetValue<string>())), p => p!);
    }

    private static string Key(Guid a, Guid b) => string.Join('/', new[] { a.ToString(), b.ToString() }.Order(StringComparer.Ordinal));

    private static List<string> Reasons(JsonNode pair) => [.. pair["reasons"]!.AsArray().Select(r => r!.GetValue<string>())];

    public sealed class Fixture : RegistryFixture
    {
        public Guid A { get; private set; }
        public Guid B { get; private set; }
        public Guid C { get; private set; }
        public Guid D { get; private set; }
        public Guid E { get; private set; }
        public Guid F { get; private set; }
        public Guid G { get; private set; }
        public Guid H { get; private set; }
        public Guid I { get; private set; }

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            await using var db = await Contexts.CreateDbContextAsync();
            var a = Household(db, C1a, "甄士隐", "登记区一街道甲社区幸福路12号3栋301室", phone: "13811110001", idNumber: "110101195001010011");
            var b = Household(db, C2, "甄士隐", "幸福路12号3栋301室");
            var c = Household(db, C1b, "贾雨村", "乙社区和平路5号", phone: "13811110001");
            var d = Household(db, C2, "甄士隐", "光明大道800号");
            var e = Household(db, C2, "甄英莲", "丙社区人民路1号", phone: "13811110001", idNumber: "110101196001010022");
            var f = Household(db, C1b, "阿依古丽·买买提", "乙社区团结巷7号");
            var g = Household(db, C2, "阿依古丽 买买提", "乙社区团结巷7号");
            var h = Household(db, C1a, "林如海", "甲社区文化街3号", phone: "13822220002");
            var i = Household(db, C1b, "林黛玉", "乙社区长江路9号", phone: "13822220002");
            await db.SaveChangesAsync();
            (A, B, C, D, E, F, G, H, I) = (a.Id, b.Id, c.Id, d.Id, e.Id, f.Id, g.Id, h.Id, i.Id);
        }
    }
}
