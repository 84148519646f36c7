using System.Text.Json.Nodes;
using Marketplace.Core.Common;
using Marketplace.Core.Households;
using Marketplace.Core.Households.Members;
using Marketplace.Core.Needs;
using Marketplace.DemoData;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Tests.Cohorts;

/// <summary>
/// households(filter): the seed's query (低保 households with a member in the last year of school)
/// in one request, every part of the filter against households chosen to fall just inside or
/// outside it, paging, scope and the read log.
/// </summary>
public sealed class CohortSearchTests(CohortSearchTests.Fixture api) : IClassFixture<CohortSearchTests.Fixture>
{
    private const string Search = """
        query($filter: HouseholdFilter, $first: Int, $after: String) {
          households(filter: $filter, first: $first, after: $after) {
            totalCount pageInfo { hasNextPage endCursor } nodes { id riskLevel mergedInto { id } } } }
        """;

    [Fact]
    public async Task A_community_worker_finds_the_minimum_allowance_households_with_a_final_year_student_in_one_query()
    {
        var staff = await api.ClientForAsync(RegistryFixture.StaffC1a);

        var data = await staff.DataAsync("""
            { households(filter: { assistanceStatuses: [MINIMUM_LIVING_ALLOWANCE], finalYear: true }) {
                totalCount nodes { id headName community { name } assistanceStatuses } } }
            """);

        // Not the 低保 household whose student is not in a final year, nor the 低边 one whose is, nor the
        // one whose final-year member was removed, nor the merged file, nor those of other communities.
        var node = Assert.Single(data["households"]!["nodes"]!.AsArray())!;
        Assert.Equal(api.H1.ToString(), node["id"]!.GetValue<string>());
        Assert.Equal("一号户主", node["headName"]!.GetValue<string>());
        Assert.Equal(1, data["households"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Merged_files_are_left_out_unless_asked_for_and_say_where_they_went()
    {
        var staff = await api.ClientForAsync(RegistryFixture.StaffC1a);

        var data = await staff.DataAsync(Search, new { filter = new { assistanceStatuses = new[] { "MINIMUM_LIVING_ALLOWANCE" }, finalYear = true, includeMerged = true } });

        var nodes = data["households"]!["nodes"]!.AsArray();
        Assert.Equal([api.H1, api.H5], Ids(data).Order());
        var tombstone = nodes.Single(n => n!["id"]!.GetValue<string>() == api.H5.ToString())!;
        Assert.Equal(api.H1.ToString(), tombstone["mergedInto"]!["id"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(RegistryFixture.StaffC1a, null, "H1")]
    [InlineData(RegistryFixture.OfficerS1, null, "H1 H8")]
    [InlineData(DemoIds.Admin, RegistryFixture.District, "H1 H8 H9")]
    [InlineData(DemoIds.Admin, RegistryFixture.S2, "H9")]
    public async Task Each_caseworker_searches_their_own_area_unless_told(string login, string? region, string expected)
    {
        var client = await api.ClientForAsync(login);

        var data = await client.DataAsync(Search, new { filter = new { regionCode = region, assistanceStatuses = new[] { "MINIMUM_LIVING_ALLOWANCE" }, finalYear = true } });

        Assert.Equal(api.Named(expected), Ids(data).Order());
    }

    [Theory]
    [InlineData("""{ "schoolStages": ["SENIOR_SECONDARY"], "finalYear": true }""", "H1")]
    [InlineData("""{ "schoolStages": ["JUNIOR_SECONDARY"], "finalYear": true }""", "")]
    [InlineData("""{ "schoolStages": ["JUNIOR_SECONDARY", "HIGHER"] }""", "H2 H3")]
    [InlineData("""{ "labelsAll": ["T_ALONE", "T_DISABLED"] }""", "H6")]
    [InlineData("""{ "labelsAll": ["T_ALONE", "T_GRADUATE"] }""", "")]
    [InlineData("""{ "labelsAny": ["T_GRADUATE", "T_DISABLED"] }""", "H1 H6")]
    [InlineData("""{ "labelsAny": ["T_ALONE"] }""", "H6 H7")]
    [InlineData("""{ "memberAgeFrom": 70 }""", "H6")]
    [InlineData("""{ "memberAgeFrom": 69, "memberAgeTo": 69 }""", "H7")]
    [InlineData("""{ "memberAgeFrom": 17, "memberAgeTo": 18 }""", "H1")]
    [InlineData("""{ "disabilityGradeAtMost": 2 }""", "H6")]
    [InlineData("""{ "disabilityGradeAtMost": 3 }""", "H6 H7")]
    [InlineData("""{ "disabilityGradeAtMost": 3, "memberAgeTo": 69 }""", "H7")]
    [InlineData("""{ "riskLevels": ["HIGH"] }""", "H1 H6")]
    [InlineData("""{ "riskLevels": ["HIGH"], "assistanceStatuses": ["DISABILITY", "MARGINAL"] }""", "H6")]
    [InlineData("""{ "hasOpenNeeds": true }""", "H1")]
    [InlineData("""{ "hasOpenNeeds": false }""", "H2 H3 H4 H6 H7")]
    [InlineData("""{ "notVisitedSince": "@30" }""", "H1 H2 H3 H4 H6")]
    [InlineData("""{ "assistanceStatuses": ["ELDERLY_ALONE"], "memberAgeFrom": 60, "notVisitedSince": "@30" }""", "H6")]
    public async Task Each_part_of_the_filter_keeps_just_the_households_it_describes(string filterJson, string expected)
    {
        var staff = await api.ClientForAsync(RegistryFixture.StaffC1a);
        // "@30": thirty days before today in China.
        var daysAgo = ReportingCalendar.Today(TimeProvider.System).AddDays(-30).ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        var filter = JsonNode.Parse(filterJson.Replace("@30", daysAgo, StringComparison.Ordinal))!;

        var data = await staff.DataAsync(Search, new { filter, first = 100 });

        Assert.Equal(api.Named(expected), Ids(data).Order());
        Assert.Equal(api.Named(expected).Count(), data["households"]!["totalCount"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("""{ "labelsAll": ["T_ALONE", "T_DISABLED"] }""", "H6")]
    [InlineData("""{ "labelsAll": ["T_ALONE", "T_GRADUATE"] }""", "")]
    [InlineData("""{ "labelsAny": ["T_GRADUATE", "T_DISABLED"] }""", "H1 H6")]
    [InlineData("""{ "labelsAny": ["T_ALONE"], "memberAgeFrom": 70 }""", "H6")]
    public async Task Labels_are_matched_alike_over_a_district_from_the_label_and_within_a_community_from_the_household(string filterJson, string expected)
    {
        // Every labelled household is in C1a: the district's answer (GIN lookups) is the community's (probes).
        var staff = await api.ClientForAsync(RegistryFixture.StaffC1a);
        var district = JsonNode.Parse(filterJson)!.AsObject();
        district["regionCode"] = RegistryFixture.District;

        var narrow = await staff.DataAsync(Search, new { filter = JsonNode.Parse(filterJson), first = 100 });
        var broad = await api.Client.DataAsync(Search, new { filter = district, first = 100 });

        Assert.Equal(api.Named(expected), Ids(narrow).Order());
        Assert.Equal(api.Named(expected), Ids(broad).Order());
    }

    [Fact]
    public async Task Pages_follow_each_other_most_at_risk_first_and_add_up_to_the_total()
    {
        var officer = await api.ClientForAsync(RegistryFixture.OfficerS1);
        var seen = new List<(string Id, string Risk)>();
        string? after = null;
        int total;
        do
        {
            var data = await officer.DataAsync(Search, new { first = 2, after });
            var connection = data["households"]!;
            total = connection["totalCount"]!.GetValue<int>();
            seen.AddRange(connection["nodes"]!.AsArray().Select(n => (n!["id"]!.GetValue<string>(), n["riskLevel"]!.GetValue<string>())));
            after = connection["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? connection["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        }
        while (after is not null);

        Assert.Equal(8, total); // S1's live files: H1–H4, H6, H7 in C1a, H8 and H8b in C1b (H5 is merged)
        Assert.Equal(total, seen.Count);
        Assert.Equal(total, seen.Select(s => s.Id).Distinct().Count());
        var ranks = seen.Select(s => s.Risk switch { "HIGH" => 0, "MEDIUM" => 1, _ => 2 }).ToList();
        Assert.Equal(ranks.Order(), ranks);
    }

    [Theory]
    [InlineData(RegistryFixture.StaffC1a, RegistryFixture.S1)]
    [InlineData(RegistryFixture.OfficerS2, RegistryFixture.C1a)]
    [InlineData(RegistryFixture.WorkerS1, RegistryFixture.S2)]
    [InlineData(DemoIds.DonorHefeiTelecom, null)]
    [InlineData(DemoIds.StaffLuyangSocialWork, null)]
    [InlineData(DemoIds.DonorHefeiTelecom, RegistryFixture.C1a)]
    public async Task Outside_ones_area_and_for_organisations_the_registry_is_forbidden(string login, string? region)
    {
        var client = await api.ClientForAsync(login);

        var response = await client.PostAsync(Search, new { filter = new { regionCode = region } });

        Assert.Equal("FORBIDDEN", response.FirstErrorCode);
        Assert.DoesNotContain(api.H1.ToString(), response.RawBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_social_worker_of_the_area_finds_the_cohort_but_not_who_they_are()
    {
        var worker = await api.ClientForAsync(RegistryFixture.WorkerS1);

        var response = await worker.PostAsync("""{ households(filter: { finalYear: true }) { nodes { id riskLevel headName } } }""");

        Assert.Equal("FORBIDDEN", response.FirstErrorCode);
        Assert.Contains(api.H1.ToString(), response.RawBody, StringComparison.Ordinal);
        Assert.DoesNotContain("一号户主", response.RawBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_search_on_members_is_a_read_of_each_household_found()
    {
        var staff = await api.ClientForAsync(RegistryFixture.StaffC1a);
        await using var db = await api.Contexts.CreateDbContextAsync();
        var before = await db.PersonalDataReads.MaxAsync(r => (long?)r.Id) ?? 0;

        await staff.DataAsync(Search, new { filter = new { memberAgeFrom = 70 } });

        var reads = await db.PersonalDataReads.Where(r => r.Id > before && r.Reader == RegistryFixture.StaffC1a && r.Field == "members").Select(r => r.HouseholdId).ToListAsync();
        Assert.Contains(api.H6, reads);
        Assert.DoesNotContain(api.H7, reads);
    }

    [Theory]
    [InlineData("""{ "labelsAll": ["NO_SUCH_LABEL"] }""", "labelsAll")]
    [InlineData("""{ "labelsAny": ["T_ALONE", "NO_SUCH_LABEL"] }""", "labelsAny")]
    [InlineData("""{ "memberAgeFrom": 10, "memberAgeTo": 5 }""", "memberAgeTo")]
    [InlineData("""{ "memberAgeFrom": -1 }""", "memberAgeFrom")]
    [InlineData("""{ "disabilityGradeAtMost": 5 }""", "disabilityGradeAtMost")]
    public async Task A_filter_that_cannot_be_met_is_refused_naming_the_part(string filterJson, string field)
    {
        var staff = await api.ClientForAsync(RegistryFixture.StaffC1a);

        var response = await staff.PostAsync(Search, new { filter = JsonNode.Parse(filterJson) });

        Assert.Equal("VALIDATION", response.FirstErrorCode);
        Assert.Equal(field, response.Errors![0]!["extensions"]!["field"]!.GetValue<string>());
    }

    private static IEnumerable<Guid> Ids(JsonNode data) =>
        data["households"]!["nodes"]!.AsArray().Select(n => Guid.Parse(n!["id"]!.GetValue<string>()));

    public sealed class Fixture : RegistryFixture
    {
        private readonly Dictionary<string, Guid> _named = [];

        public Guid H1 => _named["H1"];
        public Guid H5 => _named["H5"];
        public Guid H6 => _named["H6"];
        public Guid H7 => _named["H7"];

        /// <summary>The ids of "H1 H8 …", in order.</summary>
        public IEnumerable<Guid> Named(string names) => names.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(n => _named[n]).Order();

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            var today = ReportingCalendar.Today(TimeProvider.System);
            await using var db = await Contexts.CreateDbContextAsync();

            var h1 = Household(db, C1a, "一号户主", statuses: AssistanceStatus.MinimumLivingAllowance, risk: RiskLevel.High);
            Member(db, h1, today.AddYears(-18), SchoolStage.SeniorSecondary, finalYear: true, labels: [Graduate]);
            var h2 = Household(db, C1a, statuses: AssistanceStatus.MinimumLivingAllowance, risk: RiskLevel.Medium);
            Member(db, h2, today.AddYears(-15), SchoolStage.JuniorSecondary);
            var h3 = Household(db, C1a, statuses: AssistanceStatus.Marginal);
            Member(db, h3, today.AddYears(-22), SchoolStage.Higher, finalYear: true);
            var h4 = Household(db, C1a, statuses: AssistanceStatus.MinimumLivingAllowance);
            Member(db, h4, today.AddYears(-18), SchoolStage.SeniorSecondary, finalYear: true, removed: true);
            var h5 = Household(db, C1a, statuses: AssistanceStatus.MinimumLivingAllowance);
            Member(db, h5, today.AddYears(-18), SchoolStage.SeniorSecondary, finalYear: true);
            var h6 = Household(db, C1a, statuses: AssistanceStatus.ElderlyAlone | AssistanceStatus.Disability, risk: RiskLevel.High,
                labels: [Alone], lastVisitedAt: DateTimeOffset.UtcNow.AddDays(-60));
            Member(db, h6, today.AddYears(-70), disabilityGrade: 1, labels: [Disabled]);
            // Seventy tomorrow: 69 today.
            var h7 = Household(db, C1a, statuses: AssistanceStatus.ElderlyAlone, risk: RiskLevel.Medium, lastVisitedAt: DateTimeOffset.UtcNow.AddDays(-1));
            Member(db, h7, today.AddYears(-70).AddDays(1), disabilityGrade: 3, labels: [Alone]);
            var h8 = Household(db, C1b, statuses: AssistanceStatus.MinimumLivingAllowance, risk: RiskLevel.Medium);
            Member(db, h8, today.AddYears(-18), SchoolStage.SeniorSecondary, finalYear: true);
            var h8b = Household(db, C1b);
            var h9 = Household(db, C2, statuses: AssistanceStatus.MinimumLivingAllowance);
            Member(db, h9, today.AddYears(-17), SchoolStage.SeniorSecondary, finalYear: true);
            await db.SaveChangesAsync();

            h5.MergedIntoId = h1.Id;
            h5.MergedAt = DateTimeOffset.UtcNow;
            db.Set<Need>().Add(new Need
            {
                Id = Guid.CreateVersion7(), HouseholdId = h1.Id, CategoryCode = "GRAIN_AND_OIL", RegionCode = C1a, Location = h1.Location,
                PublicSummary = "米面油", Status = NeedStatus.Claimed, ReportedAt = DateTimeOffset.UtcNow, ReportedBy = StaffC1a,
            });
            db.Set<Need>().Add(new Need
            {
                Id = Guid.CreateVersion7(), HouseholdId = h2.Id, CategoryCode = "GRAIN_AND_OIL", RegionCode = C1a, Location = h2.Location,
                PublicSummary = "米面油", Status = NeedStatus.Cleared, ReportedAt = DateTimeOffset.UtcNow, ReportedBy = StaffC1a,
            });
            await db.SaveChangesAsync();
            foreach (var (name, household) in new[] { ("H1", h1), ("H2", h2), ("H3", h3), ("H4", h4), ("H5", h5), ("H6", h6), ("H7", h7), ("H8", h8), ("H8b", h8b), ("H9", h9) })
            {
                _named[name] = household.Id;
            }
        }
    }
}
