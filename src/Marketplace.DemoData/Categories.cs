using Marketplace.Core.Categories;

namespace Marketplace.DemoData;

/// <summary>
/// The demo's unit for counting a need or a resource of each category of the shipped taxonomy
/// (<see cref="ShippedTaxonomy"/>), so that allocated quantities add up; not part of the taxonomy.
/// </summary>
internal static class Categories
{
    private static readonly Dictionary<string, string> Units = new(StringComparer.Ordinal)
    {
        [CategoryCodes.DailyLivingCare] = "人次",
        [CategoryCodes.MealDelivery] = "份",
        [CategoryCodes.Housekeeping] = "人次",
        [CategoryCodes.PersonalCare] = "人次",
        [CategoryCodes.Haircut] = "人次",
        [CategoryCodes.Goods] = "份",
        [CategoryCodes.GrainAndOil] = "份",
        [CategoryCodes.DailyNecessities] = "份",
        [CategoryCodes.HealthCare] = "人次",
        [CategoryCodes.MedicalEscort] = "人次",
        [CategoryCodes.Rehabilitation] = "人次",
        [CategoryCodes.EyeCare] = "人次",
        [CategoryCodes.PsychologicalCounselling] = "人次",
        [CategoryCodes.Tutoring] = "小时",
        [CategoryCodes.Employment] = "个",
        [CategoryCodes.HomeRepair] = "户",
        [CategoryCodes.LegalAid] = "人次",
        [CategoryCodes.ElderlyCare] = "人次",
        [CategoryCodes.DisabilityServices] = "人次",
        [CategoryCodes.PolicyConsultation] = "人次",
        [CategoryCodes.TemporaryRelief] = "元",
    };

    public static string UnitOf(string code) => Units[code];
}
