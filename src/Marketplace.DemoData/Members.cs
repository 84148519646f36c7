using Marketplace.Core.Households;
using Marketplace.Core.Households.Members;
using L = Marketplace.Core.Labels.LabelCodes;

namespace Marketplace.DemoData;

/// <summary>The demo households' members, the registry of their ID numbers, and each household's income, housing and support.</summary>
internal sealed record MemberRows(List<HouseholdMember> Members, List<RegisteredIdNumber> Registered);

/// <summary>
/// Fills in the people of every demo household after the households and needs are drawn. Each
/// household draws from a random of its own (seeded by its id), not from the shared stream, so
/// that the households and needs come out exactly as before members existed, and a household's
/// members stay the same when others are added. Ages are on the demo's reference day; every ID
/// number checks and is unique in the demo.
/// </summary>
internal static class Members
{
    public static readonly DateOnly ReferenceDay = ChinaTime.Day(DemoDataSeeder.ReferenceNow);

    public static MemberRows Build(IReadOnlyList<HouseholdDraft> households)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        // Heads first, in order, so that adding members never changes a head's number.
        foreach (var personal in households.Select(h => h.Household.Personal!)) personal.IdNumber = Unique(personal.IdNumber!, taken);

        var rows = new MemberRows([], []);
        foreach (var draft in households)
        {
            var household = draft.Household;
            var random = new Random(DemoRandom.Seed ^ BitConverter.ToInt32(household.Id.ToByteArray(), 0));
            var headId = household.Personal!.IdNumber!;
            var head = new PersonDraft(household.Personal.HeadName, MemberRelation.Head, ResidentId.SexOf(headId) == Sex.Female,
                MemberReads.AgeOn(ResidentId.BirthDateOf(headId)!.Value, ReferenceDay)) { IdNumber = headId };
            var people = draft.IsStory ? StoryMembers.Compose(random, draft, head)
                : Families.Compose(random, draft, head, sheTown: household.CommunityCode.StartsWith(DemoIds.XikengSheTown[..9], StringComparison.Ordinal));
            if (people.Count != household.MemberCount) throw new InvalidOperationException($"Household {household.Id} has {household.MemberCount} members but {people.Count} were made.");
            for (var i = 0; i < people.Count; i++)
            {
                var person = people[i];
                var born = i == 0 ? ResidentId.BirthDateOf(headId)!.Value : ReferenceDay.AddYears(-person.Age).AddDays(-random.Next(365));
                person.IdNumber ??= Unique(ResidentId.Compose(household.CommunityCode, born, (random.Next(0, 500) * 2) + (person.Female ? 0 : 1)), taken);
                var member = Row(household, person, born, DemoGuid.Of("member", $"{household.Id:N}#{i}"));
                rows.Members.Add(member);
                rows.Registered.Add(new RegisteredIdNumber { IdNumber = member.IdNumber!, HouseholdId = household.Id, MemberId = member.Id });
            }
            Situation(random, household, people);
        }
        return rows;
    }

    private static HouseholdMember Row(Household household, PersonDraft person, DateOnly born, Guid id) => new()
    {
        Id = id,
        HouseholdId = household.Id,
        Name = person.Name,
        Relation = person.Relation,
        Sex = person.Female ? Sex.Female : Sex.Male,
        BirthDate = born,
        IdNumber = person.IdNumber,
        DisabilityType = person.Disability,
        DisabilityGrade = person.Grade,
        ChronicIllness = person.Illness,
        EmploymentStatus = person.Employment,
        SchoolStage = person.School,
        InFinalYear = person.FinalYear,
        LivesAlone = person.LivesAlone,
        Labels = [.. person.Labels.Order(StringComparer.Ordinal)],
        AddedAt = household.RegisteredAt,
    };

    /// <summary>The household's labels as its members bear out, its income against its district's line, its housing and its support.</summary>
    private static void Situation(Random random, Household household, List<PersonDraft> people)
    {
        household.Labels.RemoveAll(label =>
            (label == L.Elderly80Plus && people.All(p => p.Age < 80))
            || (label == L.SchoolChildren && people.All(p => p.School is null))
            || (label == L.LivingAlone && people.Count > 1)
            || (label is L.EmptyNest or L.ChildrenElsewhere && people.Any(p => p.Relation == MemberRelation.Child)));
        var line = IncomeLines.MinimumFor(household.CommunityCode);
        var share = household.AssistanceStatus switch
        {
            var s when s.HasFlag(AssistanceStatus.ExtremeHardship) => random.Between(0.1, 0.5),
            var s when s.HasFlag(AssistanceStatus.MinimumLivingAllowance) => random.Between(0.3, 0.9),
            var s when s.HasFlag(AssistanceStatus.Marginal) => random.Between(1.0, 1.45),
            _ => random.Between(1.5, 2.5),
        };
        household.MonthlyIncome = Math.Round(line * (decimal)share * people.Count / 10m) * 10m;
        household.HousingCondition = household.Labels.Contains(L.DangerousHousing) ? HousingCondition.Unsafe
            : household.Labels.Contains(L.OldHousing) ? HousingCondition.Poor
            : random.Chance(0.75) ? HousingCondition.Adequate : null;
        household.HasFamilySupport = household.Labels.Contains(L.NoFamilySupport) || household.Labels.Contains(L.NoChildren) ? false
            : household.Labels.Contains(L.ChildrenElsewhere) || people.Count > 1 ? true
            : random.Chance(0.5) ? null : random.Chance(0.5);
    }

    /// <summary>The number, or the next free sequence of the same sex (a step of 2 keeps its parity) with its check character.</summary>
    private static string Unique(string number, HashSet<string> taken)
    {
        var sequence = int.Parse(number.AsSpan(14, 3), System.Globalization.CultureInfo.InvariantCulture);
        while (!taken.Add(number))
        {
            sequence = (sequence + 2) % 1000;
            number = ResidentId.Compose(number, ResidentId.BirthDateOf(number)!.Value, sequence);
        }
        return number;
    }
}
