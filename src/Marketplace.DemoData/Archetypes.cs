using Marketplace.Core.Households;
using static Marketplace.Core.Households.AssistanceStatus;
using C = Marketplace.Core.Categories.CategoryCodes;

namespace Marketplace.DemoData;

/// <summary>
/// Kinds of household in difficulty the reports describe, each with the needs such a household
/// typically has. A generated household draws its needs from its archetype's categories.
/// </summary>
internal static class Archetypes
{
    internal sealed record Archetype(
        string Key, AssistanceStatus Status, AssistanceStatus Optional, int MinMembers, int MaxMembers, int MinAge, int MaxAge,
        string[] Labels, string[] ExtraLabels, string[] Categories, int HighRisk, int MediumRisk, int LowRisk);

    public static readonly Archetype LoneElder = new("elderly-alone", ElderlyAlone, MinimumLivingAllowance, 1, 1, 70, 94,
        ["独居", "高龄"], ["慢性病", "失能", "空巢"],
        [C.MealDelivery, C.Housekeeping, C.Haircut, C.MedicalEscort, C.ElderlyCare, C.HomeRepair, C.EyeCare, C.DailyLivingCare, C.GrainAndOil], 3, 5, 2);

    public static readonly Archetype ElderlyCouple = new("elderly-couple", Marginal, MinimumLivingAllowance, 2, 2, 66, 88,
        ["老年夫妇"], ["慢性病", "子女在外地", "失能"],
        [C.ElderlyCare, C.MedicalEscort, C.HomeRepair, C.EyeCare, C.GrainAndOil, C.Housekeeping, C.Rehabilitation, C.MealDelivery], 2, 5, 3);

    public static readonly Archetype DisabledAdult = new("disabled-adult", Disability | MinimumLivingAllowance, None, 1, 3, 30, 65,
        ["残疾"], ["肢体残疾", "智力残疾", "精神残疾", "重度残疾"],
        [C.DisabilityServices, C.Rehabilitation, C.MedicalEscort, C.DailyLivingCare, C.Employment, C.GrainAndOil, C.PersonalCare], 4, 4, 2);

    public static readonly Archetype ParentCaringForDisabledChild = new("carer-elderly", Disability | ElderlyAlone, MinimumLivingAllowance, 2, 2, 72, 90,
        ["老养残", "高龄"], ["智力残疾", "卧床"],
        [C.DailyLivingCare, C.MealDelivery, C.Haircut, C.GrainAndOil, C.MedicalEscort, C.DisabilityServices, C.PolicyConsultation], 6, 3, 1);

    public static readonly Archetype SingleParent = new("single-parent", MinimumLivingAllowance | ChildrenInDifficulty, None, 2, 4, 29, 48,
        ["单亲", "困境儿童"], ["子女就学", "就业困难"],
        [C.Tutoring, C.PsychologicalCounselling, C.Employment, C.DailyNecessities, C.GrainAndOil, C.LegalAid, C.TemporaryRelief], 3, 5, 2);

    public static readonly Archetype SeriousIllness = new("serious-illness", Marginal, MinimumLivingAllowance, 3, 5, 38, 62,
        ["大病", "因病致困"], ["医疗支出高", "子女就学"],
        [C.MedicalEscort, C.TemporaryRelief, C.Employment, C.PsychologicalCounselling, C.GrainAndOil, C.Tutoring, C.PolicyConsultation], 4, 5, 1);

    public static readonly Archetype Unemployed = new("unemployed", MinimumLivingAllowance, None, 1, 3, 26, 56,
        ["失业", "就业困难"], ["债务困难", "刑满释放"],
        [C.Employment, C.LegalAid, C.PsychologicalCounselling, C.PolicyConsultation, C.GrainAndOil], 2, 5, 3);

    public static readonly Archetype HardshipSupport = new("extreme-hardship", ExtremeHardship, ElderlyAlone, 1, 1, 58, 90,
        ["特困供养"], ["无子女", "失能", "慢性病"],
        [C.DailyLivingCare, C.MealDelivery, C.HomeRepair, C.MedicalEscort, C.ElderlyCare, C.PersonalCare], 5, 4, 1);

    public static readonly Archetype LeftBehindChildren = new("left-behind", MinimumLivingAllowance | ChildrenInDifficulty, None, 3, 4, 58, 75,
        ["留守儿童", "隔代抚养"], ["父母外出务工", "住房老旧"],
        [C.Tutoring, C.PsychologicalCounselling, C.DailyNecessities, C.HomeRepair, C.GrainAndOil], 3, 5, 2);

    public static readonly Archetype LowIncomeFarmer = new("low-income-farmer", Marginal, MinimumLivingAllowance, 2, 5, 40, 66,
        ["低收入农户"], ["住房老旧", "缺少技能"],
        [C.Employment, C.HomeRepair, C.GrainAndOil, C.PolicyConsultation, C.LegalAid], 2, 5, 3);

    public static readonly Archetype SevereDisability = new("severe-disability", Disability | ExtremeHardship, MinimumLivingAllowance, 1, 3, 40, 85,
        ["重度残疾", "两项补贴"], ["卧床", "精神残疾", "智力残疾", "需上门评残"],
        [C.DisabilityServices, C.Rehabilitation, C.Housekeeping, C.PersonalCare, C.MedicalEscort, C.LegalAid, C.Employment], 5, 4, 1);

    public static RiskLevel Risk(Random random, Archetype archetype) =>
        random.PickWeighted([(RiskLevel.High, archetype.HighRisk), (RiskLevel.Medium, archetype.MediumRisk), (RiskLevel.Low, archetype.LowRisk)]);
}
