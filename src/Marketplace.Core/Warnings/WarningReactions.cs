using System.Globalization;
using Marketplace.Core.Households.Events;
using Marketplace.Core.Risk;

namespace Marketplace.Core.Warnings;

/// <summary>
/// The rules that fire on a change, evaluated in the transaction of the change: a household's
/// computed level rose, its per-capita income fell below a line (both seen when it is re-scored),
/// an event of a kind was recorded. Time-based rules are the sweep's (<see cref="WarningSweeper"/>).
/// </summary>
public sealed class WarningReactions : ICommandReaction<HouseholdRescored>, ICommandReaction<HouseholdEventRecorded>
{
    public async Task ReactAsync(CommandContext c, HouseholdRescored change, CancellationToken cancellationToken)
    {
        foreach (var rule in await RulesAsync(c, cancellationToken))
        {
            var p = WarningRuleParameters.FromJson(rule.Parameters);
            if (rule.Trigger == WarningTrigger.RiskRose
                && change is { OldLevel: { } before, HistoryId: { } history } && change.Level > before && change.Level >= (p.To ?? Households.RiskLevel.High))
            {
                await WarningRaiser.RaiseAsync(c, rule, change.HouseholdId, change.CommunityCode,
                    $"Computed risk level rose {Name(before)} → {Name(change.Level)} (score {Number(change.Score)}, cause {change.Cause}).",
                    $"{change.HouseholdId}:{history}", cancellationToken);
            }
            else if (rule.Trigger == WarningTrigger.IncomeBelowLine && p.Line is { } line && change.PerCapitaIncome is { } income
                && await LineAsync(c, line, change.CommunityCode, cancellationToken) is { } amount
                && income < amount && !(change.OldPerCapitaIncome < amount))
            {
                var was = change.OldPerCapitaIncome is { } old ? Number(old) : "not recorded";
                await WarningRaiser.RaiseAsync(c, rule, change.HouseholdId, change.CommunityCode,
                    $"Per-capita income {was} → {Number(income)}, below {line} {Number(amount)}.",
                    $"{change.HouseholdId}:{c.Now.UtcTicks}", cancellationToken);
            }
        }
    }

    public async Task ReactAsync(CommandContext c, HouseholdEventRecorded change, CancellationToken cancellationToken)
    {
        var recorded = change.Event;
        foreach (var rule in await RulesAsync(c, cancellationToken))
        {
            if (rule.Trigger != WarningTrigger.HouseholdEvent || WarningRuleParameters.FromJson(rule.Parameters).Kind != recorded.Kind) continue;
            var who = recorded.MemberId is null ? "the household" : "a member";
            await WarningRaiser.RaiseAsync(c, rule, change.Household.Id, change.Household.CommunityCode,
                $"{recorded.Kind} ({who}) on {recorded.OccurredOn:yyyy-MM-dd}, recorded by {recorded.RecordedBy}.",
                recorded.Id.ToString(), cancellationToken);
        }
    }

    private static Task<List<WarningRule>> RulesAsync(CommandContext c, CancellationToken cancellationToken) =>
        c.Db.WarningRules.AsNoTracking().Where(r => r.IsActive).OrderBy(r => r.Code).ToListAsync(cancellationToken);

    private static async Task<decimal?> LineAsync(CommandContext c, string line, string communityCode, CancellationToken cancellationToken) =>
        (await RawSql.QueryInContextAsync(c.Db, $"SELECT {IncomeLineSql.Amount("@line", "left(@community, 6)")}",
            new Dictionary<string, object?> { ["line"] = line, ["community"] = communityCode, ["today"] = ReportingCalendar.DayOf(c.Now) },
            r => r.IsDBNull(0) ? (decimal?)null : r.GetDecimal(0), cancellationToken)).Single();

    private static string Name(Households.RiskLevel level) => level.ToString().ToUpperInvariant();

    private static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
