using Marketplace.Core.Categories;

namespace Marketplace.DemoData;

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

/// <summary>
/// The taxonomy as data. Parents come before their children, so inserting in this order never
/// breaks the parent foreign key. <c>Unit</c> is the demo's unit for counting a need or a resource
/// of the category, so that allocated quantities add up; it is not part of the taxonomy.
/// </summary>
internal static class Categories
{
    internal sealed record Spec(string Code, string Name, string NameEn, string? Parent, int SortOrder, string Unit);

    public static readonly IReadOnlyList<Spec> All =
    [
        new(CategoryCodes.DailyLivingCare, "生活照料", "Daily-living care", null, 10, "人次"),
        new(CategoryCodes.MealDelivery, "助餐", "Meal delivery", CategoryCodes.DailyLivingCare, 11, "份"),
        new(CategoryCodes.Housekeeping, "家政保洁", "Housekeeping and cleaning", CategoryCodes.DailyLivingCare, 12, "人次"),
        new(CategoryCodes.PersonalCare, "个人护理", "Personal care", CategoryCodes.DailyLivingCare, 13, "人次"),
        new(CategoryCodes.Haircut, "理发", "Haircut", CategoryCodes.PersonalCare, 14, "人次"),
        new(CategoryCodes.Goods, "物资帮扶", "Goods", null, 20, "份"),
        new(CategoryCodes.GrainAndOil, "米面油", "Rice, flour and oil", CategoryCodes.Goods, 21, "份"),
        new(CategoryCodes.DailyNecessities, "生活用品", "Daily necessities", CategoryCodes.Goods, 22, "份"),
        new(CategoryCodes.HealthCare, "健康医疗", "Health care", null, 30, "人次"),
        new(CategoryCodes.MedicalEscort, "就医陪护", "Medical escort", CategoryCodes.HealthCare, 31, "人次"),
        new(CategoryCodes.Rehabilitation, "康复", "Rehabilitation", CategoryCodes.HealthCare, 32, "人次"),
        new(CategoryCodes.EyeCare, "眼科诊疗", "Eye care", CategoryCodes.HealthCare, 33, "人次"),
        new(CategoryCodes.PsychologicalCounselling, "心理疏导", "Psychological counselling", null, 40, "人次"),
        new(CategoryCodes.Tutoring, "课业辅导", "Tutoring", null, 50, "小时"),
        new(CategoryCodes.Employment, "就业帮扶", "Employment support", null, 60, "个"),
        new(CategoryCodes.HomeRepair, "居家维修", "Home repair", null, 70, "户"),
        new(CategoryCodes.LegalAid, "法律援助", "Legal aid", null, 80, "人次"),
        new(CategoryCodes.ElderlyCare, "养老服务", "Elderly care", null, 90, "人次"),
        new(CategoryCodes.DisabilityServices, "助残服务", "Disability services", null, 100, "人次"),
        new(CategoryCodes.PolicyConsultation, "政策咨询与代办", "Policy advice and applications", null, 110, "人次"),
        new(CategoryCodes.TemporaryRelief, "临时救助", "Temporary relief funds", null, 120, "元"),
    ];

    private static readonly Dictionary<string, Spec> ByCode = All.ToDictionary(c => c.Code, StringComparer.Ordinal);

    public static string UnitOf(string code) => ByCode[code].Unit;

    public static NeedCategory ToEntity(Spec spec) => new()
    {
        Code = spec.Code,
        Name = spec.Name,
        NameEn = spec.NameEn,
        ParentCode = spec.Parent,
        SortOrder = spec.SortOrder,
    };
}
