using Marketplace.Core.Households;
using Marketplace.Core.Households.Members;
using Marketplace.Core.Labels;
using Marketplace.Core.Regions;
using Marketplace.Core.Risk;
using Marketplace.DemoData;
using Marketplace.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Tests.Households;

/// <summary>The demo registry holds together: members as counted, checking and unique ID numbers, vocabulary labels, incomes against the lines.</summary>
public sealed class DemoRegistryTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Every_demo_household_has_its_members_a_head_first_and_each_number_checks_and_is_registered_once()
    {
        await using var db = await database.Contexts.CreateDbContextAsync();
        var households = await db.Households.AsNoTracking().Include(h => h.Personal).ToListAsync();
        var members = (await db.HouseholdMembers.AsNoTracking().ToListAsync()).ToLookup(m => m.HouseholdId);
        var registered = await db.RegisteredIdNumbers.AsNoTracking().ToDictionaryAsync(r => r.IdNumber);
        var today = DateOnly.FromDateTime(DemoDataSeeder.ReferenceNow.Date);

        Assert.All(households, h =>
        {
            var own = members[h.Id].ToList();
            Assert.Equal(h.MemberCount, own.Count);
            var head = Assert.Single(own, m => m.Relation == MemberRelation.Head);
            Assert.Equal(h.Personal!.IdNumber, head.IdNumber);
            Assert.Equal(h.Personal.HeadName, head.Name);
            Assert.All(own, m =>
            {
                Assert.Equal(m.IdNumber, ResidentId.Validated(m.IdNumber, "idNumber", today));
                Assert.Equal(m.BirthDate, ResidentId.BirthDateOf(m.IdNumber!));
                Assert.Equal(m.Sex, ResidentId.SexOf(m.IdNumber!));
                Assert.Equal((h.Id, (Guid?)m.Id), (registered[m.IdNumber!].HouseholdId, registered[m.IdNumber!].MemberId));
            });
        });
        Assert.Equal(households.Sum(h => h.MemberCount), registered.Count);
        // Xianqiao's 286 people (seed 003) are all on file.
        Assert.Equal(286, households.Where(h => h.CommunityCode == DemoIds.XianqiaoCommunity).Sum(h => members[h.Id].Count()));
    }

    [Fact]
    public async Task Demo_labels_are_codes_of_the_vocabulary_for_their_kind_of_record()
    {
        await using var db = await database.Contexts.CreateDbContextAsync();
        var labels = await db.Labels.AsNoTracking().ToDictionaryAsync(l => l.Code);
        var householdLabels = (await db.Households.AsNoTracking().Select(h => h.Labels).ToListAsync()).SelectMany(l => l).Distinct().ToList();
        var memberLabels = (await db.HouseholdMembers.AsNoTracking().Select(m => m.Labels).ToListAsync()).SelectMany(l => l).Distinct().ToList();

        Assert.All(householdLabels, code => Assert.NotEqual(LabelScope.Person, Assert.Contains(code, labels).AppliesTo));
        Assert.All(memberLabels, code => Assert.NotEqual(LabelScope.Household, Assert.Contains(code, labels).AppliesTo));
        Assert.Contains(LabelCodes.GraduatingStudent, memberLabels);
    }

    [Fact]
    public async Task Members_bear_out_their_households_situation()
    {
        await using var db = await database.Contexts.CreateDbContextAsync();
        var households = await db.Households.AsNoTracking().ToListAsync();
        var members = (await db.HouseholdMembers.AsNoTracking().ToListAsync()).ToLookup(m => m.HouseholdId);
        var age = (HouseholdMember m) => MemberReads.AgeOn(m.BirthDate!.Value, DateOnly.FromDateTime(DemoDataSeeder.ReferenceNow.Date));

        // An elder alone is one person, old, living alone; a household of the disability status has a person with one.
        Assert.All(households.Where(h => h.AssistanceStatus == AssistanceStatus.ElderlyAlone || (h.AssistanceStatus.HasFlag(AssistanceStatus.ElderlyAlone) && h.MemberCount == 1)),
            h => Assert.Contains(members[h.Id], m => m.LivesAlone && age(m) >= 58));
        Assert.All(households.Where(h => h.AssistanceStatus.HasFlag(AssistanceStatus.Disability)), h => Assert.Contains(members[h.Id], m => m.DisabilityGrade is >= 1 and <= 4));
        Assert.All(households.Where(h => h.Labels.Contains(LabelCodes.Elderly80Plus)), h => Assert.Contains(members[h.Id], m => age(m) >= 80));
        Assert.All(households.Where(h => h.Labels.Contains(LabelCodes.SevereDisability)), h => Assert.Contains(members[h.Id], m => m.DisabilityGrade <= 2));
        Assert.All(members.SelectMany(m => m).Where(m => m.InFinalYear), m => Assert.NotNull(m.SchoolStage));
        // The seeds' cohort: 低保 households with a student in their final year, several in Xiaoyaojin.
        var cohort = households.Where(h => h.CommunityCode.StartsWith(DemoIds.XiaoyaojinSubDistrict[..9], StringComparison.Ordinal)
            && h.AssistanceStatus.HasFlag(AssistanceStatus.MinimumLivingAllowance)
            && members[h.Id].Any(m => m.InFinalYear && m.SchoolStage is SchoolStage.SeniorSecondary or SchoolStage.Vocational or SchoolStage.Higher)).ToList();
        Assert.True(cohort.Count >= 3, $"Only {cohort.Count} 低保 households in Xiaoyaojin with a final-year student.");
    }

    [Fact]
    public async Task Every_demo_district_has_its_income_lines_and_incomes_lie_where_their_status_says()
    {
        await using var db = await database.Contexts.CreateDbContextAsync();
        var lines = await db.IncomeLines.AsNoTracking().ToListAsync();
        var districts = await db.Regions.AsNoTracking().Where(r => r.Level == RegionLevel.District).Select(r => r.Code).ToListAsync();
        var households = await db.Households.AsNoTracking().ToListAsync();

        Assert.All(districts, code =>
        {
            var minimum = Assert.Single(lines, l => l.RegionCode == code && l.Code == "MINIMUM_LIVING");
            var low = Assert.Single(lines, l => l.RegionCode == code && l.Code == "LOW_INCOME");
            Assert.InRange(minimum.MonthlyAmount, 700m, 1600m);
            Assert.True(low.MonthlyAmount > minimum.MonthlyAmount);
        });
        Assert.All(households, h =>
        {
            var minimum = lines.Single(l => l.RegionCode == $"{h.CommunityCode[..6]}000000" && l.Code == "MINIMUM_LIVING").MonthlyAmount;
            var perCapita = h.MonthlyIncome!.Value / h.MemberCount;
            if (h.AssistanceStatus.HasFlag(AssistanceStatus.MinimumLivingAllowance) || h.AssistanceStatus.HasFlag(AssistanceStatus.ExtremeHardship))
            {
                Assert.True(perCapita < minimum, $"A 低保 or 特困 household ({h.Id}) has {perCapita:0} yuan a head, above the line of {minimum}.");
            }
        });
    }

    [Fact]
    public void The_demo_is_the_same_on_every_build()
    {
        var first = DemoDataBuilder.Build(DemoDataSeeder.ReferenceNow);
        var second = DemoDataBuilder.Build(DemoDataSeeder.ReferenceNow);

        Assert.Equal(first.Members.Select(Describe), second.Members.Select(Describe));
        Assert.Equal(first.Needs.Select(n => (n.Id, n.Status, n.PublicSummary)), second.Needs.Select(n => (n.Id, n.Status, n.PublicSummary)));
    }

    private static string Describe(HouseholdMember m) =>
        $"{m.Id} {m.Name} {m.Relation} {m.BirthDate} {m.IdNumber} {m.DisabilityType} {m.DisabilityGrade} {m.SchoolStage} {m.InFinalYear} {string.Join(",", m.Labels)}";
}
