using Marketplace.Core.Households;

namespace Marketplace.Core.Risk;

/// <summary>
/// The first version of the risk model, shipped so that every deployment scores households from
/// the start: after Jing'an's multi-dimensional assessment (困难家庭风险指标综合测评), which
/// sorts families into high, medium and low difficulty (高/中/低困境) beyond income alone:
/// health, employment, children's education, housing, social support and living alone. Admins
/// publish their own versions; this one is inserted only where there is none.
/// </summary>
public static class ShippedRiskModel
{
    public const string MinimumLivingLine = "MINIMUM_LIVING";
    public const string LowIncomeLine = "LOW_INCOME";

    /// <summary>A household meeting the minimum-living line alone and one more grave indicator is HIGH.</summary>
    public const decimal HighThreshold = 50;
    public const decimal MediumThreshold = 25;

    public static IReadOnlyList<RiskIndicatorInput> Indicators { get; } =
    [
        new("INCOME_BELOW_MINIMUM", "INCOME", "人均收入低于低保线", "Per-capita income below the minimum-living line", RiskMeasure.IncomeBelowLine, 30, new() { Line = MinimumLivingLine }),
        new("INCOME_BELOW_LOW_INCOME", "INCOME", "人均收入低于低收入线", "Per-capita income below the low-income line", RiskMeasure.IncomeBelowLine, 10, new() { Line = LowIncomeLine }),
        new("EXTREME_HARDSHIP", "INCOME", "特困供养", "Extreme hardship (特困) support", RiskMeasure.AssistanceStatus, 20, new() { Status = AssistanceStatus.ExtremeHardship }),
        new("SEVERE_DISABILITY", "HEALTH", "重度残疾成员", "A member with a severe disability (grade 1–2)", RiskMeasure.Disability, 20, new()),
        new("CHRONIC_ILLNESS", "HEALTH", "慢性病成员", "A member with a chronic illness", RiskMeasure.ChronicIllness, 10, new()),
        new("WORKING_AGE_UNEMPLOYED", "EMPLOYMENT", "劳动年龄失业成员", "A working-age member unemployed", RiskMeasure.WorkingAgeUnemployed, 15, new()),
        new("CHILDREN_IN_DIFFICULTY", "EDUCATION", "困境儿童", "Children in difficulty", RiskMeasure.ChildrenInDifficulty, 15, new()),
        new("POOR_HOUSING", "HOUSING", "住房困难", "Poor or unsafe housing", RiskMeasure.PoorHousing, 10, new()),
        new("NO_FAMILY_SUPPORT", "SOCIAL_SUPPORT", "无家庭支持", "No family support (无赡养/抚养/扶养人)", RiskMeasure.NoFamilySupport, 15, new()),
        new("ELDERLY_LIVING_ALONE", "LIVING", "高龄独居", "A member aged 70 or more living alone", RiskMeasure.ElderlyLivingAlone, 20, new()),
    ];

    public static RiskModelVersion Version1(DateTimeOffset at) => new()
    {
        Version = 1,
        CreatedAt = at,
        CreatedBy = "system",
        Note = "Shipped: after Jing'an's 高/中/低困境 assessment (seed 001).",
        HighThreshold = HighThreshold,
        MediumThreshold = MediumThreshold,
        IsCurrent = true,
        Indicators = [.. Indicators.Select(i => new RiskIndicator
        {
            ModelVersion = 1, Code = i.Code, Dimension = i.Dimension, Name = i.Name, NameEn = i.NameEn,
            Measure = i.Measure, Weight = i.Weight, Parameters = i.Parameters.ToJson(),
        })],
    };
}

/// <summary>
/// Inserts version 1 where there is no model yet. Households are not re-scored here: they are
/// scored when their file changes, when a model is published, and by the warnings' sweep, which
/// brings every household to the current version.
/// </summary>
internal sealed class ShippedRiskModelRows : IShippedData
{
    public async Task EnsureAsync(MarketplaceDbContext db, CancellationToken cancellationToken)
    {
        if (await db.RiskModelVersions.AnyAsync(cancellationToken)) return;
        db.RiskModelVersions.Add(ShippedRiskModel.Version1(DateTimeOffset.UtcNow));
        await db.SaveChangesAsync(cancellationToken);
    }
}
