using Marketplace.Core.Households;
using static Marketplace.Core.Households.AssistanceStatus;
using C = Marketplace.Core.Categories.CategoryCodes;
using L = Marketplace.Core.Labels.LabelCodes;

namespace Marketplace.DemoData;

/// <summary>
/// Kinds of household in difficulty the reports describe, each with the needs such a household
/// typically has. A generated household draws its needs from its archetype's categories, its
/// labels (codes of the vocabulary) from its archetype's, and its members (<see cref="Members"/>)
/// from its archetype's shape. Each extra label is one draw of the shared random stream: keep
/// their number, or every household after changes.
/// </summary>
internal static class Archetypes
{
    internal sealed record Archetype(
        string Key, AssistanceStatus Status, AssistanceStatus Optional, int MinMembers, int MaxMembers, int MinAge, int MaxAge,
        string[] Labels, string[] ExtraLabels, string[] Categories, int HighRisk, int MediumRisk, int LowRisk);

    public static readonly Archetype LoneElder = new("elderly-alone", ElderlyAlone, MinimumLivingAllowance, 1, 1, 70, 94,
        [L.LivingAlone, L.Elderly80Plus], [L.ChronicIllness, L.UnableToSelfCare, L.EmptyNest],
        [C.MealDelivery, C.Housekeeping, C.Haircut, C.MedicalEscort, C.ElderlyCare, C.HomeRepair, C.EyeCare, C.DailyLivingCare, C.GrainAndOil], 3, 5, 2);

    public static readonly Archetype ElderlyCouple = new("elderly-couple", Marginal, MinimumLivingAllowance, 2, 2, 66, 88,
        [L.ElderlyCouple], [L.ChronicIllness, L.ChildrenElsewhere, L.UnableToSelfCare],
        [C.ElderlyCare, C.MedicalEscort, C.HomeRepair, C.EyeCare, C.GrainAndOil, C.Housekeeping, C.Rehabilitation, C.MealDelivery], 2, 5, 3);

    public static readonly Archetype DisabledAdult = new("disabled-adult", Disability | MinimumLivingAllowance, None, 1, 3, 30, 65,
        [L.Disability], [L.NeedsAccessibility, L.HardToEmploy, L.MentalIllness, L.SevereDisability],
        [C.DisabilityServices, C.Rehabilitation, C.MedicalEscort, C.DailyLivingCare, C.Employment, C.GrainAndOil, C.PersonalCare], 4, 4, 2);

    public static readonly Archetype ParentCaringForDisabledChild = new("carer-elderly", Disability | ElderlyAlone, MinimumLivingAllowance, 2, 2, 72, 90,
        [L.ElderlyCaringForDisabled, L.Elderly80Plus, L.Disability], [L.SevereDisability, L.Bedridden],
        [C.DailyLivingCare, C.MealDelivery, C.Haircut, C.GrainAndOil, C.MedicalEscort, C.DisabilityServices, C.PolicyConsultation], 6, 3, 1);

    public static readonly Archetype SingleParent = new("single-parent", MinimumLivingAllowance | ChildrenInDifficulty, None, 2, 4, 29, 48,
        [L.SingleParent, L.ChildInDifficulty], [L.SchoolChildren, L.HardToEmploy],
        [C.Tutoring, C.PsychologicalCounselling, C.Employment, C.DailyNecessities, C.GrainAndOil, C.LegalAid, C.TemporaryRelief], 3, 5, 2);

    public static readonly Archetype SeriousIllness = new("serious-illness", Marginal, MinimumLivingAllowance, 3, 5, 38, 62,
        [L.SeriousIllness, L.IllnessCausedHardship], [L.HighMedicalCosts, L.SchoolChildren],
        [C.MedicalEscort, C.TemporaryRelief, C.Employment, C.PsychologicalCounselling, C.GrainAndOil, C.Tutoring, C.PolicyConsultation], 4, 5, 1);

    public static readonly Archetype Unemployed = new("unemployed", MinimumLivingAllowance, None, 1, 3, 26, 56,
        [L.Unemployed, L.HardToEmploy], [L.DebtHardship, L.ReleasedPrisoner],
        [C.Employment, C.LegalAid, C.PsychologicalCounselling, C.PolicyConsultation, C.GrainAndOil], 2, 5, 3);

    public static readonly Archetype HardshipSupport = new("extreme-hardship", ExtremeHardship, ElderlyAlone, 1, 1, 58, 90,
        [L.ExtremeHardshipCare, L.NoFamilySupport, L.LivingAlone], [L.NoChildren, L.UnableToSelfCare, L.ChronicIllness],
        [C.DailyLivingCare, C.MealDelivery, C.HomeRepair, C.MedicalEscort, C.ElderlyCare, C.PersonalCare], 5, 4, 1);

    public static readonly Archetype LeftBehindChildren = new("left-behind", MinimumLivingAllowance | ChildrenInDifficulty, None, 3, 4, 58, 75,
        [L.LeftBehindChild, L.GrandparentCare, L.ParentsWorkingAway], [L.SchoolChildren, L.OldHousing],
        [C.Tutoring, C.PsychologicalCounselling, C.DailyNecessities, C.HomeRepair, C.GrainAndOil], 3, 5, 2);

    public static readonly Archetype LowIncomeFarmer = new("low-income-farmer", Marginal, MinimumLivingAllowance, 2, 5, 40, 66,
        [L.LowIncomeFarmer], [L.OldHousing, L.LacksSkills],
        [C.Employment, C.HomeRepair, C.GrainAndOil, C.PolicyConsultation, C.LegalAid], 2, 5, 3);

    public static readonly Archetype SevereDisability = new("severe-disability", Disability | ExtremeHardship, MinimumLivingAllowance, 1, 3, 40, 85,
        [L.SevereDisability, L.TwoDisabilityAllowances, L.Disability], [L.Bedridden, L.MentalIllness, L.UnableToSelfCare, L.NeedsDisabilityAssessment],
        [C.DisabilityServices, C.Rehabilitation, C.Housekeeping, C.PersonalCare, C.MedicalEscort, C.LegalAid, C.Employment], 5, 4, 1);

    public static RiskLevel Risk(Random random, Archetype archetype) =>
        random.PickWeighted([(RiskLevel.High, archetype.HighRisk), (RiskLevel.Medium, archetype.MediumRisk), (RiskLevel.Low, archetype.LowRisk)]);
}
