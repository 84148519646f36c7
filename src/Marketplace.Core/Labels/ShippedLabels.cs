using static Marketplace.Core.Labels.LabelCodes;
using static Marketplace.Core.Labels.LabelScope;

namespace Marketplace.Core.Labels;

/// <summary>
/// The label vocabulary shipped with the product: Xuhui's 45 labels over 7 dimensions (seed 002:
/// 生活、健康、就业、教育 …), each for households, persons or both. Admins may add, rename and
/// retire labels as rows; what they changed is theirs to keep.
/// </summary>
public static class ShippedLabels
{
    public sealed record Dimension(string Code, string Name, string NameEn, int SortOrder);

    public sealed record Entry(string Code, string Dimension, string Name, string NameEn, LabelScope AppliesTo);

    public const string Living = "LIVING";
    public const string Health = "HEALTH";
    public const string Employment = "EMPLOYMENT";
    public const string Education = "EDUCATION";
    public const string Housing = "HOUSING";
    public const string SocialSupport = "SOCIAL_SUPPORT";
    public const string SpecialGroups = "SPECIAL_GROUPS";

    public static readonly IReadOnlyList<Dimension> Dimensions =
    [
        new(Living, "生活", "Living", 10),
        new(Health, "健康", "Health", 20),
        new(Employment, "就业", "Employment", 30),
        new(Education, "教育", "Education", 40),
        new(Housing, "住房", "Housing", 50),
        new(SocialSupport, "社会支持", "Social support", 60),
        new(SpecialGroups, "特殊群体", "Special groups", 70),
    ];

    public static readonly IReadOnlyList<Entry> All =
    [
        new(LivingAlone, Living, "独居", "Living alone", Both),
        new(EmptyNest, Living, "空巢", "Empty nest", Household),
        new(ElderlyCouple, Living, "老年夫妇", "Elderly couple", Household),
        new(Elderly80Plus, Living, "高龄", "Aged 80 or over", Both),
        new(UnableToSelfCare, Living, "失能", "Cannot look after themselves", Both),
        new(DebtHardship, Living, "债务困难", "In debt", Household),
        new(ExpenditureHardship, Living, "支出型困难", "Hardship from essential spending", Household),

        new(Disability, Health, "残疾", "Disability", Both),
        new(SevereDisability, Health, "重度残疾", "Severe disability (grade 1 or 2)", Both),
        new(ChronicIllness, Health, "慢性病", "Chronic illness", Both),
        new(SeriousIllness, Health, "大病", "Serious illness", Both),
        new(MentalIllness, Health, "精神障碍", "Mental illness", Both),
        new(Bedridden, Health, "卧床", "Bedridden", Both),
        new(IllnessCausedHardship, Health, "因病致困", "Hardship caused by illness", Household),
        new(HighMedicalCosts, Health, "医疗支出高", "High medical costs", Household),
        new(NeedsDisabilityAssessment, Health, "需上门评残", "Needs a disability assessment at home", Both),

        new(Unemployed, Employment, "失业", "Unemployed", Both),
        new(HardToEmploy, Employment, "就业困难", "Hard to employ", Both),
        new(ZeroEmployment, Employment, "零就业家庭", "No one in work", Household),
        new(LacksSkills, Employment, "缺少技能", "Lacks skills", Both),
        new(WantsWorkNearby, Employment, "希望就近就业", "Wants work near home", Both),

        new(SchoolChildren, Education, "子女就学", "Children in school", Household),
        new(YoungChildren, Education, "子女年幼", "Young children", Household),
        new(GraduatingStudent, Education, "应届毕业生", "Graduating student", Both),
        new(EthnicSchool, Education, "就读民族学校", "At an ethnic school", Both),
        new(DropoutRisk, Education, "辍学风险", "At risk of dropping out", Person),

        new(OldHousing, Housing, "住房老旧", "Old housing", Household),
        new(DangerousHousing, Housing, "危房", "Dangerous housing", Household),
        new(NoLift, Housing, "无电梯", "Upper floor without a lift", Household),
        new(RentedHousing, Housing, "租房居住", "Renting", Household),
        new(NeedsAccessibility, Housing, "需无障碍改造", "Needs accessibility works", Household),

        new(NoFamilySupport, SocialSupport, "无赡养人", "No one to support them", Household),
        new(NoChildren, SocialSupport, "无子女", "No children", Both),
        new(ChildrenElsewhere, SocialSupport, "子女在外地", "Children live elsewhere", Household),
        new(ParentsWorkingAway, SocialSupport, "父母外出务工", "Parents working away", Household),
        new(GrandparentCare, SocialSupport, "隔代抚养", "Raised by grandparents", Household),
        new(SociallyIsolated, SocialSupport, "社会交往少", "Socially isolated", Both),

        new(LeftBehindChild, SpecialGroups, "留守儿童", "Left-behind child", Both),
        new(ChildInDifficulty, SpecialGroups, "困境儿童", "Child in difficulty", Both),
        new(SingleParent, SpecialGroups, "单亲", "Single-parent family", Household),
        new(ElderlyCaringForDisabled, SpecialGroups, "老养残", "Elderly parent caring for a disabled child", Household),
        new(ExtremeHardshipCare, SpecialGroups, "特困供养", "Extreme-hardship support", Household),
        new(ReleasedPrisoner, SpecialGroups, "刑满释放", "Released from prison", Both),
        new(TwoDisabilityAllowances, SpecialGroups, "两项补贴", "Both disability allowances", Both),
        new(LowIncomeFarmer, SpecialGroups, "低收入农户", "Low-income rural household", Household),
    ];

    /// <summary>Inserts the dimensions and labels that are missing; rows admins changed are left as they are.</summary>
    public static async Task EnsureAsync(MarketplaceDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var dimensions = await db.LabelDimensions.AsNoTracking().Select(d => d.Code).ToListAsync(cancellationToken);
        db.LabelDimensions.AddRange(Dimensions.Where(d => !dimensions.Contains(d.Code, StringComparer.Ordinal))
            .Select(d => new LabelDimension { Code = d.Code, Name = d.Name, NameEn = d.NameEn, SortOrder = d.SortOrder }));
        var labels = await db.Labels.AsNoTracking().Select(l => l.Code).ToListAsync(cancellationToken);
        db.Labels.AddRange(All.Select((entry, i) => (entry, i)).Where(e => !labels.Contains(e.entry.Code, StringComparer.Ordinal))
            .Select(e => new Label { Code = e.entry.Code, DimensionCode = e.entry.Dimension, Name = e.entry.Name, NameEn = e.entry.NameEn, AppliesTo = e.entry.AppliesTo, SortOrder = (e.i + 1) * 10 }));
        await db.SaveChangesAsync(cancellationToken);
    }
}

internal sealed class ShippedLabelRows : IShippedData
{
    public Task EnsureAsync(MarketplaceDbContext db, CancellationToken cancellationToken) => ShippedLabels.EnsureAsync(db, cancellationToken);
}
