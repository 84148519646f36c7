namespace Marketplace.Core.Categories;

/// <summary>Codes of the need taxonomy shipped with the product; admins may add more as rows.</summary>
public static class CategoryCodes
{
    public const string DailyLivingCare = "DAILY_LIVING_CARE";
    public const string MealDelivery = "MEAL_DELIVERY";
    public const string Housekeeping = "HOUSEKEEPING";
    public const string PersonalCare = "PERSONAL_CARE";
    public const string Haircut = "HAIRCUT";
    public const string Goods = "GOODS";
    public const string GrainAndOil = "GRAIN_AND_OIL";
    public const string DailyNecessities = "DAILY_NECESSITIES";
    public const string HealthCare = "HEALTH_CARE";
    public const string MedicalEscort = "MEDICAL_ESCORT";
    public const string Rehabilitation = "REHABILITATION";
    public const string EyeCare = "EYE_CARE";
    public const string PsychologicalCounselling = "PSYCHOLOGICAL_COUNSELLING";
    public const string Tutoring = "TUTORING";
    public const string Employment = "EMPLOYMENT";
    public const string HomeRepair = "HOME_REPAIR";
    public const string LegalAid = "LEGAL_AID";
    public const string ElderlyCare = "ELDERLY_CARE";
    public const string DisabilityServices = "DISABILITY_SERVICES";
    public const string PolicyConsultation = "POLICY_CONSULTATION";
    public const string TemporaryRelief = "TEMPORARY_RELIEF";
}
