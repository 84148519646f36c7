using Marketplace.Core.Households.Members;
using L = Marketplace.Core.Labels.LabelCodes;

namespace Marketplace.DemoData;

/// <summary>A member of a demo household before it becomes a row: its age is on the demo's reference day.</summary>
internal sealed class PersonDraft(string name, MemberRelation relation, bool female, int age)
{
    public string Name { get; } = name;
    public MemberRelation Relation { get; } = relation;
    public bool Female { get; } = female;
    public int Age { get; } = age;
    public string? IdNumber { get; set; }
    public DisabilityType? Disability { get; set; }
    public short? Grade { get; set; }
    public string? Illness { get; set; }
    public EmploymentStatus? Employment { get; set; }
    public SchoolStage? School { get; set; }
    public bool FinalYear { get; set; }
    public bool LivesAlone { get; set; }
    public HashSet<string> Labels { get; } = new(StringComparer.Ordinal);

    public bool IsChild => Age < 18;

    public PersonDraft Disabled(DisabilityType type, int grade)
    {
        (Disability, Grade) = (type, (short)grade);
        Labels.Add(L.Disability);
        if (grade <= 2) Labels.Add(L.SevereDisability);
        if (grade <= 2 && Age >= 16) Employment = EmploymentStatus.UnableToWork;
        return this;
    }

    public PersonDraft Ill(string illness, bool serious)
    {
        Illness = illness;
        Labels.Add(serious ? L.SeriousIllness : L.ChronicIllness);
        if (serious && Age is >= 16 and < 60) Employment = EmploymentStatus.UnableToWork;
        return this;
    }

    /// <summary>
    /// School by age on 1 November (the school year began in September): 学前 3–5, 小学 6–11,
    /// 初中 12–14, 高中 or 中职 15–17, 大学 18–21 for some; the last year of each is its final one.
    /// Adults not studying work, look for work or have retired.
    /// </summary>
    public PersonDraft Occupied(Random random)
    {
        if (Employment is not null) return this;
        (School, FinalYear) = Age switch
        {
            < 3 => (null, false),
            <= 5 => (SchoolStage.Preschool, false),
            <= 11 => (SchoolStage.Primary, Age == 11),
            <= 14 => (SchoolStage.JuniorSecondary, Age == 14),
            <= 17 => (random.Chance(0.25) ? SchoolStage.Vocational : SchoolStage.SeniorSecondary, Age == 17),
            <= 21 when random.Chance(0.6) => (SchoolStage.Higher, Age == 21),
            _ => ((SchoolStage?)null, false),
        };
        if (FinalYear && School is SchoolStage.SeniorSecondary or SchoolStage.Vocational or SchoolStage.Higher) Labels.Add(L.GraduatingStudent);
        Employment = School is not null || Age < 16 ? null
            : Age >= 60 ? EmploymentStatus.Retired
            : random.PickWeighted([(EmploymentStatus.Employed, 40), (EmploymentStatus.FlexiblyEmployed, 35), (EmploymentStatus.Unemployed, 25)]);
        if (Employment == EmploymentStatus.Unemployed) Labels.Add(L.Unemployed);
        return this;
    }
}
