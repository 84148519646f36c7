namespace Marketplace.Core.Categories;

/// <summary>
/// The need taxonomy shipped with the product, which every deployment needs, demo or not: parents
/// before their children, so that inserting in this order never breaks the parent foreign key.
/// Admins may add more as rows.
/// </summary>
public static class ShippedTaxonomy
{
    public sealed record Entry(string Code, string Name, string NameEn, string? Parent, int SortOrder);

    public static readonly IReadOnlyList<Entry> All =
    [
        new(CategoryCodes.DailyLivingCare, "生活照料", "Daily-living care", null, 10),
        new(CategoryCodes.MealDelivery, "助餐", "Meal delivery", CategoryCodes.DailyLivingCare, 11),
        new(CategoryCodes.Housekeeping, "家政保洁", "Housekeeping and cleaning", CategoryCodes.DailyLivingCare, 12),
        new(CategoryCodes.PersonalCare, "个人护理", "Personal care", CategoryCodes.DailyLivingCare, 13),
        new(CategoryCodes.Haircut, "理发", "Haircut", CategoryCodes.PersonalCare, 14),
        new(CategoryCodes.Goods, "物资帮扶", "Goods", null, 20),
        new(CategoryCodes.GrainAndOil, "米面油", "Rice, flour and oil", CategoryCodes.Goods, 21),
        new(CategoryCodes.DailyNecessities, "生活用品", "Daily necessities", CategoryCodes.Goods, 22),
        new(CategoryCodes.HealthCare, "健康医疗", "Health care", null, 30),
        new(CategoryCodes.MedicalEscort, "就医陪护", "Medical escort", CategoryCodes.HealthCare, 31),
        new(CategoryCodes.Rehabilitation, "康复", "Rehabilitation", CategoryCodes.HealthCare, 32),
        new(CategoryCodes.EyeCare, "眼科诊疗", "Eye care", CategoryCodes.HealthCare, 33),
        new(CategoryCodes.PsychologicalCounselling, "心理疏导", "Psychological counselling", null, 40),
        new(CategoryCodes.Tutoring, "课业辅导", "Tutoring", null, 50),
        new(CategoryCodes.Employment, "就业帮扶", "Employment support", null, 60),
        new(CategoryCodes.HomeRepair, "居家维修", "Home repair", null, 70),
        new(CategoryCodes.LegalAid, "法律援助", "Legal aid", null, 80),
        new(CategoryCodes.ElderlyCare, "养老服务", "Elderly care", null, 90),
        new(CategoryCodes.DisabilityServices, "助残服务", "Disability services", null, 100),
        new(CategoryCodes.PolicyConsultation, "政策咨询与代办", "Policy advice and applications", null, 110),
        new(CategoryCodes.TemporaryRelief, "临时救助", "Temporary relief funds", null, 120),
    ];

    /// <summary>
    /// Inserts the categories of the shipped taxonomy that are missing. Existing rows are left as
    /// they are: admins may have renamed or re-sorted them, and that is theirs to keep.
    /// </summary>
    public static async Task EnsureAsync(MarketplaceDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var existing = await db.NeedCategories.AsNoTracking().Select(c => c.Code).ToListAsync(cancellationToken);
        var missing = All.Where(entry => !existing.Contains(entry.Code, StringComparer.Ordinal))
            .Select(entry => new NeedCategory { Code = entry.Code, Name = entry.Name, NameEn = entry.NameEn, ParentCode = entry.Parent, SortOrder = entry.SortOrder })
            .ToList();
        if (missing.Count == 0) return;
        db.NeedCategories.AddRange(missing);
        await db.SaveChangesAsync(cancellationToken);
    }
}

internal sealed class ShippedTaxonomyRows : IShippedData
{
    public Task EnsureAsync(MarketplaceDbContext db, CancellationToken cancellationToken) => ShippedTaxonomy.EnsureAsync(db, cancellationToken);
}
