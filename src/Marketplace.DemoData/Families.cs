using Marketplace.Core.Households.Members;
using L = Marketplace.Core.Labels.LabelCodes;

namespace Marketplace.DemoData;

/// <summary>
/// Who lives in a generated household, by its archetype: an elder alone, a couple, a parent with
/// children at school (some in their final year), a grandparent with left-behind grandchildren, a
/// person with a disability and those around them. The household's labels say who has what.
/// </summary>
internal static class Families
{
    private static readonly string[] Chronic = ["高血压", "糖尿病", "冠心病", "慢阻肺", "类风湿关节炎", "脑梗后遗症"];
    private static readonly string[] Serious = ["尿毒症（规律透析）", "肺癌术后化疗", "白血病", "乳腺癌", "脑出血后遗症"];

    /// <summary>The members, the head first, as many as the household's member count.</summary>
    public static List<PersonDraft> Compose(Random random, HouseholdDraft draft, PersonDraft head, bool sheTown)
    {
        var labels = draft.Household.Labels.ToHashSet(StringComparer.Ordinal);
        var family = new Family(random, head, sheTown);
        var n = draft.Household.MemberCount;
        switch (draft.Archetype.Key)
        {
            case "elderly-couple":
                family.Spouse(minAge: 60);
                break;
            case "disabled-adult":
                head.Disabled(labels.Contains(L.MentalIllness) && labels.Contains(L.NeedsAccessibility) ? DisabilityType.Multiple
                    : labels.Contains(L.MentalIllness) ? DisabilityType.Mental
                    : labels.Contains(L.NeedsAccessibility) ? DisabilityType.Physical
                    : random.Pick([DisabilityType.Physical, DisabilityType.Visual, DisabilityType.Hearing, DisabilityType.Intellectual, DisabilityType.Speech]),
                    labels.Contains(L.SevereDisability) ? random.Between(1, 2) : random.Between(3, 4));
                if (n > 1 && head.Age < 45) family.Parent();
                break;
            case "carer-elderly":
                family.Child(ageBelowParent: random.Between(22, 34))
                    .Disabled(random.Chance(0.7) ? DisabilityType.Intellectual : DisabilityType.Mental, labels.Contains(L.SevereDisability) ? 1 : 2);
                break;
            case "single-parent":
                // Older parents often have a child in the last year of senior secondary school (应届).
                if (n > 1 && head.Age >= 36 && random.Chance(0.6)) family.Child(age: 17);
                break;
            case "serious-illness":
                family.Spouse(minAge: 30);
                if (random.Chance(0.4)) family.Child(age: random.Chance(0.5) ? 17 : 21);
                (random.Chance(0.5) ? head : family.Members[1]).Ill(random.Pick(Serious), serious: true);
                break;
            case "left-behind":
                if (n >= 4) family.Spouse(minAge: 55);
                while (family.Members.Count < n) family.Grandchild(random.Between(4, 15)).Labels.Add(L.LeftBehindChild);
                break;
            case "severe-disability":
                head.Disabled(labels.Contains(L.MentalIllness) ? DisabilityType.Mental : random.Chance(0.7) ? DisabilityType.Physical : DisabilityType.Multiple, random.Between(1, 2));
                break;
            case "unemployed":
                head.Employment = EmploymentStatus.Unemployed;
                head.Labels.UnionWith([L.Unemployed, L.HardToEmploy]);
                if (labels.Contains(L.ReleasedPrisoner)) head.Labels.Add(L.ReleasedPrisoner);
                break;
            case "low-income-farmer":
                family.Spouse(minAge: 35);
                break;
        }
        while (family.Members.Count < n) family.Someone(draft.Archetype.Key);
        Mark(random, family.Members, labels, draft.Archetype.Key);
        return family.Members;
    }

    /// <summary>What the household's labels say of a person goes on that person; ages and living alone on everyone.</summary>
    private static void Mark(Random random, List<PersonDraft> members, HashSet<string> labels, string archetype)
    {
        var head = members[0];
        head.LivesAlone = members.Count == 1;
        var eldest = members.MaxBy(m => m.Age)!;
        if (labels.Contains(L.ChronicIllness) && members.All(m => m.Illness is null)) eldest.Ill(random.Pick(Chronic), serious: false);
        if (labels.Contains(L.UnableToSelfCare)) (members.FirstOrDefault(m => m.Grade <= 2) ?? eldest).Labels.Add(L.UnableToSelfCare);
        if (labels.Contains(L.Bedridden)) (archetype == "carer-elderly" ? head : members.FirstOrDefault(m => m.Disability is not null) ?? eldest).Labels.Add(L.Bedridden);
        if (labels.Contains(L.NeedsDisabilityAssessment)) (members.FirstOrDefault(m => m.Disability is not null) ?? head).Labels.Add(L.NeedsDisabilityAssessment);
        if (labels.Contains(L.MentalIllness)) (members.FirstOrDefault(m => m.Disability is DisabilityType.Mental or DisabilityType.Multiple) ?? head).Labels.Add(L.MentalIllness);
        if (labels.Contains(L.HardToEmploy) && head.Age < 60) head.Labels.Add(L.HardToEmploy);
        foreach (var member in members)
        {
            member.Occupied(random);
            if (member.Age >= 80) member.Labels.Add(L.Elderly80Plus);
            if (member.LivesAlone) member.Labels.Add(L.LivingAlone);
            if (member.IsChild && labels.Contains(L.ChildInDifficulty)) member.Labels.Add(L.ChildInDifficulty);
        }
    }

    /// <summary>A household being filled, around its head.</summary>
    private sealed class Family(Random random, PersonDraft head, bool sheTown)
    {
        private readonly string _surname = head.Name[..1];

        public List<PersonDraft> Members { get; } = [head];

        public PersonDraft Spouse(int minAge) =>
            Add(new PersonDraft(People.Surname(random, sheTown) + People.Given(random, !head.Female), MemberRelation.Spouse, !head.Female, Math.Max(minAge, head.Age + random.Between(-4, 4))));

        public PersonDraft Parent() =>
            Add(new PersonDraft(Named(out var female), MemberRelation.Parent, female, Math.Min(95, head.Age + random.Between(24, 32))));

        /// <summary>A child: of a given age, or so many years younger than the head (or than the youngest child so far).</summary>
        public PersonDraft Child(int? age = null, int? ageBelowParent = null)
        {
            var youngest = Members.Where(m => m.Relation == MemberRelation.Child).Select(m => (int?)m.Age).Min();
            var years = age ?? (youngest is { } y ? y - random.Between(2, 5) : head.Age - (ageBelowParent ?? random.Between(22, 34)));
            return Add(new PersonDraft(Named(out var female, _surname), MemberRelation.Child, female, Math.Clamp(years, 1, Math.Max(1, head.Age - 18))));
        }

        public PersonDraft Grandchild(int age) => Add(new PersonDraft(Named(out var female, _surname), MemberRelation.Grandchild, female, age));

        /// <summary>One more member, as a household of this kind would have: a child, a spouse, a grandchild.</summary>
        public PersonDraft Someone(string archetype)
        {
            var hasSpouse = Members.Any(m => m.Relation == MemberRelation.Spouse);
            return archetype switch
            {
                "single-parent" => Child(),
                "left-behind" => Grandchild(random.Between(4, 15)),
                _ when !hasSpouse && head.Age is >= 24 and < 80 && archetype != "carer-elderly" && random.Chance(0.6) => Spouse(minAge: 20),
                _ when head.Age >= 62 && Members.Any(m => m.Relation == MemberRelation.Child) => Grandchild(random.Between(3, 17)),
                _ => Child(),
            };
        }

        private string Named(out bool female, string? surname = null)
        {
            female = random.Chance(0.5);
            return (surname ?? People.Surname(random, sheTown)) + People.Given(random, female);
        }

        private PersonDraft Add(PersonDraft person)
        {
            Members.Add(person);
            return person;
        }
    }
}
