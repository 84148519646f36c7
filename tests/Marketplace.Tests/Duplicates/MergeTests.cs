using System.Text.Json;
using Marketplace.Core.Audit;
using Marketplace.Core.Households;
using Marketplace.Core.Households.Events;
using Marketplace.Core.Households.Members;
using Marketplace.Core.Needs;
using Marketplace.Core.Risk;
using Marketplace.Core.Warnings;
using Marketplace.DemoData;
using Marketplace.Tests.Cohorts;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Tests.Duplicates;

/// <summary>
/// mergeHouseholds: every need, event, member, ID number, warning and score of the duplicate moves
/// to the kept file, counted before and after; the duplicate becomes a tombstone that says where it
/// went; refusals; two merges of one pair at once make one.
/// </summary>
public sealed class MergeTests(RegistryFixture api) : IClassFixture<RegistryFixture>
{
    private const string Merge = """
        mutation($kept: ID!, $merged: ID!, $reason: String!) {
          mergeHouseholds(keptHouseholdId: $kept, mergedHouseholdId: $merged, reason: $reason) { id labels assistanceStatuses mergedInto { id } } }
        """;

    [Fact]
    public async Task A_merge_moves_every_need_event_member_id_number_warning_and_score_and_leaves_a_tombstone()
    {
        var kept = await SeedFileAsync(RegistryFixture.C1a, AssistanceStatus.MinimumLivingAllowance, [], headId: null);
        var merged = await SeedFileAsync(RegistryFixture.C1b, AssistanceStatus.Marginal, [RegistryFixture.Alone], headId: "110101195001010044");
        var older = await TombstoneOfAsync(merged.Household);
        var before = await CountsAsync(kept.Household, merged.Household);
        var officer = await api.ClientForAsync(RegistryFixture.OfficerS1);

        var result = (await officer.DataAsync(Merge, new { kept = kept.Household, merged = merged.Household, reason = "同一户两处登记" }))["mergeHouseholds"]!;

        var after = await CountsAsync(kept.Household, merged.Household);
        // The kept file is re-scored by the risk model on merging: one entry more in its history.
        Assert.Equal(Sum(before) with { RiskHistory = Sum(before).RiskHistory + 1 }, after.Kept);
        Assert.Equal(new Counts(0, 0, 0, 0, 0, 0), after.Merged);
        Assert.Equal([RegistryFixture.Alone], result["labels"]!.AsArray().Select(l => l!.GetValue<string>()));
        Assert.Equal(["MARGINAL", "MINIMUM_LIVING_ALLOWANCE"], result["assistanceStatuses"]!.AsArray().Select(s => s!.GetValue<string>()).Order());
        Assert.Null(result["mergedInto"]);

        await using var db = await api.Contexts.CreateDbContextAsync();
        var tombstone = await db.Households.AsNoTracking().SingleAsync(h => h.Id == merged.Household);
        Assert.Equal(kept.Household, tombstone.MergedIntoId);
        Assert.NotNull(tombstone.MergedAt);
        // An older tombstone pointed at the duplicate: it now points straight at the kept file.
        Assert.Equal(kept.Household, (await db.Households.AsNoTracking().SingleAsync(h => h.Id == older)).MergedIntoId);
        // The open need follows the kept household to its community; the cleared one stays where it was counted.
        var needs = await db.Needs.AsNoTracking().Where(n => merged.Needs.Contains(n.Id)).ToDictionaryAsync(n => n.Id);
        Assert.Equal(RegistryFixture.C1a, needs[merged.Needs[0]].RegionCode);
        Assert.Equal(RegistryFixture.C1b, needs[merged.Needs[1]].RegionCode);
        Assert.All(merged.Needs, id => Assert.True(db.NeedEvents.Any(e => e.NeedId == id && e.Kind == NeedEventKind.NoteAdded && e.Actor == RegistryFixture.OfficerS1)));
        // Still to answer, the warning goes to the kept household's community.
        Assert.Equal(RegistryFixture.C1a, (await db.Warnings.AsNoTracking().SingleAsync(w => w.Id == merged.Warning)).CommunityCode);
        // The head's ID number the kept file lacked came over; the log of reads stays with the file that was read.
        Assert.Equal("110101195001010044", (await db.Set<HouseholdPersonalData>().AsNoTracking().SingleAsync(p => p.HouseholdId == kept.Household)).IdNumber);
        Assert.Equal(1, await db.PersonalDataReads.CountAsync(r => r.HouseholdId == merged.Household && r.Reader == "test"));
        var audit = await db.AuditEntries.AsNoTracking().SingleAsync(e => e.Action == "household.merged" && e.SubjectId == kept.Household.ToString());
        Assert.Equal(RegistryFixture.OfficerS1, audit.Actor);
        var moved = JsonDocument.Parse(audit.After!).RootElement.GetProperty("moved");
        Assert.Equal(merged.Needs.Order(), moved.GetProperty("needIds").EnumerateArray().Select(e => e.GetGuid()).Order());
        Assert.Equal(2, moved.GetProperty("members").GetInt32());
        Assert.DoesNotContain("110101195001010044", audit.After!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_merged_file_says_where_it_went_and_is_found_only_when_asked_for()
    {
        var kept = await SeedFileAsync(RegistryFixture.C2, AssistanceStatus.None, [], headId: null);
        var merged = await SeedFileAsync(RegistryFixture.C2, AssistanceStatus.None, [], headId: null);
        await api.Client.DataAsync(Merge, new { kept = kept.Household, merged = merged.Household, reason = "重复登记" });

        var live = await api.Client.DataAsync("""{ households(filter: { regionCode: "348888002001" }, first: 100) { nodes { id } } }""");
        var all = await api.Client.DataAsync("""{ households(filter: { regionCode: "348888002001", includeMerged: true }, first: 100) { nodes { id mergedAt mergedInto { id } } } }""");

        Assert.DoesNotContain(merged.Household.ToString(), live.ToJsonString(), StringComparison.Ordinal);
        var tombstone = all["households"]!["nodes"]!.AsArray().Single(n => n!["id"]!.GetValue<string>() == merged.Household.ToString())!;
        Assert.Equal(kept.Household.ToString(), tombstone["mergedInto"]!["id"]!.GetValue<string>());
        Assert.NotNull(tombstone["mergedAt"]);
    }

    [Fact]
    public async Task Merging_is_refused_outside_ones_area_into_itself_from_a_tombstone_and_between_two_heads()
    {
        var inS1 = await SeedFileAsync(RegistryFixture.C1a, AssistanceStatus.None, [], headId: "110101195001010022");
        var alsoInS1 = await SeedFileAsync(RegistryFixture.C1b, AssistanceStatus.None, [], headId: "110101195001010033");
        var inS2 = await SeedFileAsync(RegistryFixture.C2, AssistanceStatus.None, [], headId: null);
        var tombstone = await TombstoneOfAsync(inS2.Household);
        var officerS1 = await api.ClientForAsync(RegistryFixture.OfficerS1);
        var officerS2 = await api.ClientForAsync(RegistryFixture.OfficerS2);
        var staff = await api.ClientForAsync(RegistryFixture.StaffC1a);
        var donor = await api.ClientForAsync(DemoIds.DonorHefeiTelecom);

        Assert.Equal("FORBIDDEN", await CodeAsync(officerS1, inS1.Household, inS2.Household));
        Assert.Equal("FORBIDDEN", await CodeAsync(officerS2, inS2.Household, inS1.Household));
        Assert.Equal("FORBIDDEN", await CodeAsync(staff, inS1.Household, alsoInS1.Household));
        Assert.Equal("FORBIDDEN", await CodeAsync(donor, inS1.Household, alsoInS1.Household));
        Assert.Equal("VALIDATION", await CodeAsync(officerS1, inS1.Household, inS1.Household));
        Assert.Equal("VALIDATION", await CodeAsync(officerS1, inS1.Household, inS1.Household, reason: " "));
        Assert.Equal("INVALID_TRANSITION", await CodeAsync(api.Client, inS2.Household, tombstone));
        Assert.Equal("INVALID_TRANSITION", await CodeAsync(api.Client, tombstone, inS2.Household));
        // Two heads, two ID numbers: two people.
        Assert.Equal("INVALID_TRANSITION", await CodeAsync(officerS1, inS1.Household, alsoInS1.Household));
        var after = await CountsAsync(inS1.Household, alsoInS1.Household);
        Assert.Equal(new Counts(2, 2, 2, 2, 1, 1), after.Kept);
        Assert.Equal(new Counts(2, 2, 2, 2, 1, 1), after.Merged);
    }

    [Fact]
    public async Task Two_merges_of_one_pair_at_once_make_one()
    {
        var p = await SeedFileAsync(RegistryFixture.C1a, AssistanceStatus.None, [], headId: null);
        var q = await SeedFileAsync(RegistryFixture.C1b, AssistanceStatus.None, [], headId: null);
        var officer = await api.ClientForAsync(RegistryFixture.OfficerS1);

        // Both ways round, twice: the smaller id is always locked first, so they queue rather than deadlock.
        var responses = await Task.WhenAll(
            officer.PostAsync(Merge, new { kept = p.Household, merged = q.Household, reason = "并发一" }),
            officer.PostAsync(Merge, new { kept = q.Household, merged = p.Household, reason = "并发二" }),
            officer.PostAsync(Merge, new { kept = p.Household, merged = q.Household, reason = "并发三" }),
            officer.PostAsync(Merge, new { kept = q.Household, merged = p.Household, reason = "并发四" }));

        Assert.Single(responses, r => r.Errors is null);
        Assert.All(responses.Where(r => r.Errors is not null), r => Assert.Contains(r.FirstErrorCode, new[] { "INVALID_TRANSITION", "CONFLICT" }));
        await using var db = await api.Contexts.CreateDbContextAsync();
        var pair = await db.Households.AsNoTracking().Where(h => h.Id == p.Household || h.Id == q.Household).ToListAsync();
        Assert.Single(pair, h => h.MergedIntoId is not null);
        var survivor = pair.Single(h => h.MergedIntoId is null).Id;
        Assert.Equal(new Counts(4, 4, 4, 2, 2, 3), (await CountsAsync(survivor, survivor)).Kept);
        Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.Action == "household.merged" && e.SubjectId == survivor.ToString()));
    }

    [Fact]
    public async Task Every_table_that_points_at_a_household_is_either_moved_by_a_merge_or_deliberately_left()
    {
        // A new table with a household's id must be added to MergeMoves (or here, with the reason it
        // stays): otherwise a merge would leave its rows behind on the tombstone.
        string[] moved = ["needs.household_id", "household_events.household_id", "household_members.household_id",
            "registered_id_numbers.household_id", "warnings.household_id", "household_risk_history.household_id", "households.merged_into_id"];
        string[] left = [
            "household_personal_data.household_id",   // the tombstone's own identity
            "personal_data_reads.household_id",        // reads of that file, as they were
            "duplicate_dismissals.first_household_id", "duplicate_dismissals.second_household_id", // judgements of that pair
        ];
        await using var db = await api.Contexts.CreateDbContextAsync();

        var pointing = db.Model.GetEntityTypes()
            .SelectMany(e => e.GetForeignKeys())
            .Where(fk => fk.PrincipalEntityType.ClrType == typeof(Household))
            .Select(fk => $"{fk.DeclaringEntityType.GetTableName()}.{fk.Properties.Single().GetColumnName()}");

        Assert.Equal(moved.Concat(left).Order(StringComparer.Ordinal), pointing.Order(StringComparer.Ordinal));
    }

    private static async Task<string?> CodeAsync(Infrastructure.GraphQLClient client, Guid kept, Guid merged, string reason = "重复") =>
        (await client.PostAsync(Merge, new { kept, merged, reason })).FirstErrorCode;

    /// <summary>Needs, household events, members, registered ID numbers, warnings, risk history of a household.</summary>
    private sealed record Counts(int Needs, int Events, int Members, int IdNumbers, int Warnings, int RiskHistory);

    private static Counts Sum((Counts Kept, Counts Merged) c) => new(
        c.Kept.Needs + c.Merged.Needs, c.Kept.Events + c.Merged.Events, c.Kept.Members + c.Merged.Members,
        c.Kept.IdNumbers + c.Merged.IdNumbers, c.Kept.Warnings + c.Merged.Warnings, c.Kept.RiskHistory + c.Merged.RiskHistory);

    private async Task<(Counts Kept, Counts Merged)> CountsAsync(Guid kept, Guid merged)
    {
        await using var db = await api.Contexts.CreateDbContextAsync();
        async Task<Counts> Of(Guid id) => new(
            await db.Needs.CountAsync(n => n.HouseholdId == id), await db.HouseholdEvents.CountAsync(e => e.HouseholdId == id),
            await db.HouseholdMembers.CountAsync(m => m.HouseholdId == id), await db.RegisteredIdNumbers.CountAsync(r => r.HouseholdId == id),
            await db.Warnings.CountAsync(w => w.HouseholdId == id), await db.HouseholdRiskHistory.CountAsync(r => r.HouseholdId == id));
        return (await Of(kept), await Of(merged));
    }

    private sealed record File(Guid Household, Guid[] Needs, Guid Warning);

    /// <summary>
    /// A household with two needs (one open, one cleared) with their timelines, two events, two members
    /// (one with a registered ID number), its head's ID number registered when given, an open
    /// warning, a risk score in its history and a read of its personal data in the log.
    /// </summary>
    private async Task<File> SeedFileAsync(string community, AssistanceStatus statuses, string[] labels, string? headId)
    {
        await using var db = await api.Contexts.CreateDbContextAsync();
        var household = RegistryFixture.Household(db, community, statuses: statuses, labels: labels, idNumber: headId);
        var memberId = $"1101012010{Random.Shared.Next(10_000_000, 99_999_999)}";
        RegistryFixture.Member(db, household, new DateOnly(2010, 1, 1), idNumber: memberId);
        RegistryFixture.Member(db, household, new DateOnly(1980, 1, 1));
        await db.SaveChangesAsync();
        var member = await db.HouseholdMembers.FirstAsync(m => m.HouseholdId == household.Id && m.IdNumber != null);
        db.RegisteredIdNumbers.Add(new RegisteredIdNumber { IdNumber = memberId, HouseholdId = household.Id, MemberId = member.Id });
        if (headId is not null) db.RegisteredIdNumbers.Add(new RegisteredIdNumber { IdNumber = headId, HouseholdId = household.Id });
        Guid[] needs = [Guid.CreateVersion7(), Guid.CreateVersion7()];
        foreach (var (id, status) in needs.Zip([NeedStatus.Claimed, NeedStatus.Cleared]))
        {
            db.Needs.Add(new Need
            {
                Id = id, HouseholdId = household.Id, CategoryCode = "GRAIN_AND_OIL", RegionCode = community, Location = household.Location,
                PublicSummary = "米面油", Status = status, ReportedAt = DateTimeOffset.UtcNow, ReportedBy = "test",
            });
            db.NeedEvents.Add(new NeedEvent { NeedId = id, Kind = NeedEventKind.Reported, At = DateTimeOffset.UtcNow, Actor = "test" });
        }
        foreach (var kind in new[] { HouseholdEventKind.Hospitalised, HouseholdEventKind.IncomeLost })
        {
            db.HouseholdEvents.Add(new HouseholdEvent
            {
                Id = Guid.CreateVersion7(), HouseholdId = household.Id, Kind = kind, OccurredOn = new DateOnly(2026, 11, 1), RecordedBy = "test", RecordedAt = DateTimeOffset.UtcNow,
            });
        }
        if (!await db.WarningRules.AnyAsync(r => r.Code == "T_RULE"))
        {
            db.WarningRules.Add(new WarningRule { Code = "T_RULE", Name = "住院", NameEn = "Hospitalised", Trigger = WarningTrigger.HouseholdEvent, ResponseHours = 48 });
        }
        var warning = Guid.CreateVersion7();
        db.Warnings.Add(new Warning
        {
            Id = warning, HouseholdId = household.Id, CommunityCode = community, RuleCode = "T_RULE", Detail = "a member hospitalised",
            OccurrenceKey = $"T_RULE:{household.Id}", RaisedAt = DateTimeOffset.UtcNow, DueAt = DateTimeOffset.UtcNow.AddDays(2), Status = WarningStatus.Open,
        });
        db.HouseholdRiskHistory.Add(new HouseholdRiskChange
        {
            HouseholdId = household.Id, At = DateTimeOffset.UtcNow, Score = 42, ComputedLevel = RiskLevel.Medium, EffectiveLevel = RiskLevel.Medium, ModelVersion = 1, Cause = "test",
        });
        db.PersonalDataReads.Add(new PersonalDataRead { At = DateTimeOffset.UtcNow, Reader = "test", HouseholdId = household.Id, Field = "headName" });
        await db.SaveChangesAsync();
        return new File(household.Id, needs, warning);
    }

    /// <summary>An earlier duplicate already merged into <paramref name="household"/>.</summary>
    private async Task<Guid> TombstoneOfAsync(Guid household)
    {
        await using var db = await api.Contexts.CreateDbContextAsync();
        var target = await db.Households.AsNoTracking().SingleAsync(h => h.Id == household);
        var tombstone = RegistryFixture.Household(db, target.CommunityCode);
        tombstone.MergedIntoId = household;
        tombstone.MergedAt = DateTimeOffset.UtcNow;
        await db.SaveChangesAsync();
        return tombstone.Id;
    }
}
