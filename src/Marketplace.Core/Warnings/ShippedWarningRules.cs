using Marketplace.Core.Households;
using Marketplace.Core.Households.Events;
using Marketplace.Core.Risk;

namespace Marketplace.Core.Warnings;

/// <summary>
/// The warning rules every deployment starts with: a level that rose, Jing'an's "must-visits"
/// (七个必访: a member in hospital, a bereavement, an accident at home), an elderly person living
/// alone not visited, income fallen below the minimum-living line, and a HIGH-risk household's
/// need past its due date. Inserted where missing; admins' changes to them are kept.
/// </summary>
public static class ShippedWarningRules
{
    public const string RiskRoseToHigh = "RISK_ROSE_TO_HIGH";
    public const string MemberHospitalised = "MEMBER_HOSPITALISED";
    public const string Bereaved = "FAMILY_BEREAVED";
    public const string Disaster = "HOUSEHOLD_DISASTER";
    public const string ElderlyAloneNotVisited = "ELDERLY_ALONE_NOT_VISITED";
    public const string IncomeBelowMinimum = "INCOME_BELOW_MINIMUM";
    public const string HighRiskNeedOverdue = "HIGH_RISK_NEED_OVERDUE";

    public static IReadOnlyList<WarningRule> All() =>
    [
        Rule(RiskRoseToHigh, "困境等级升至高", "Computed risk level rose to HIGH", WarningTrigger.RiskRose, new() { To = RiskLevel.High }, 24),
        Rule(MemberHospitalised, "成员住院（生病住院时必访）", "A member was hospitalised (a must-visit)", WarningTrigger.HouseholdEvent, new() { Kind = HouseholdEventKind.Hospitalised }, 48),
        Rule(Bereaved, "家庭成员去世", "A bereavement in the family (a must-visit)", WarningTrigger.HouseholdEvent, new() { Kind = HouseholdEventKind.Bereaved }, 48),
        Rule(Disaster, "家庭发生意外", "An accident or disaster at home (a must-visit)", WarningTrigger.HouseholdEvent, new() { Kind = HouseholdEventKind.Disaster }, 24),
        Rule(ElderlyAloneNotVisited, "独居老人30天未走访", "An elderly person living alone not visited for 30 days", WarningTrigger.ElderlyAloneNotVisited, new() { Days = 30, MinAge = 70 }, 72),
        Rule(IncomeBelowMinimum, "人均收入低于低保线", "Per-capita income fell below the minimum-living line", WarningTrigger.IncomeBelowLine, new() { Line = ShippedRiskModel.MinimumLivingLine }, 72),
        Rule(HighRiskNeedOverdue, "高困境家庭需求逾期", "A need of a HIGH-risk household is overdue", WarningTrigger.HighRiskNeedOverdue, new(), 24),
    ];

    private static WarningRule Rule(string code, string name, string nameEn, WarningTrigger trigger, WarningRuleParameters parameters, int responseHours) =>
        new() { Code = code, Name = name, NameEn = nameEn, Trigger = trigger, Parameters = parameters.ToJson(), ResponseHours = responseHours };
}

internal sealed class ShippedWarningRuleRows : IShippedData
{
    public async Task EnsureAsync(MarketplaceDbContext db, CancellationToken cancellationToken)
    {
        var existing = await db.WarningRules.AsNoTracking().Select(r => r.Code).ToListAsync(cancellationToken);
        var missing = ShippedWarningRules.All().Where(r => !existing.Contains(r.Code)).ToList();
        if (missing.Count == 0) return;
        db.WarningRules.AddRange(missing);
        await db.SaveChangesAsync(cancellationToken);
    }
}
