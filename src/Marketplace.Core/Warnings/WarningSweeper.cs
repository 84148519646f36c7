using Marketplace.Core.Needs;
using Marketplace.Core.Risk;

namespace Marketplace.Core.Warnings;

/// <summary>What one sweep did.</summary>
public sealed record WarningSweep(int Rescored, int Raised);

/// <summary>
/// The time-based rules, each one set-based statement over all households: an elderly person
/// living alone not visited for N days (since the last visit, or since registration for a
/// household never visited), a need of a HIGH-risk household past its due date. Each occurrence
/// raises once (its key says which visit gap or which due date), so sweeping again, or on two
/// instances at once, raises nothing new. First, households not scored by the current model are
/// scored: what a publication left undone, and files written outside the commands.
/// </summary>
public sealed class WarningSweeper(IDbContextFactory<MarketplaceDbContext> dbFactory, TimeProvider clock, RiskScorer scorer)
{
    public async Task<WarningSweep> SweepAsync(CancellationToken cancellationToken)
    {
        var rescored = await scorer.ScoreAllAsync("sweep", null, cancellationToken);
        var now = clock.GetUtcNow();
        var today = ReportingCalendar.DayOf(now);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rules = await db.WarningRules.AsNoTracking()
            .Where(r => r.IsActive && (r.Trigger == WarningTrigger.ElderlyAloneNotVisited || r.Trigger == WarningTrigger.HighRiskNeedOverdue))
            .OrderBy(r => r.Code).ToListAsync(cancellationToken);
        var raised = 0;
        foreach (var rule in rules)
        {
            var p = WarningRuleParameters.FromJson(rule.Parameters);
            var due = now.AddHours(rule.ResponseHours);
            raised += rule.Trigger == WarningTrigger.ElderlyAloneNotVisited
                ? await ElderlyAloneNotVisitedAsync(db, rule.Code, p.Days ?? 30, p.MinAge ?? RiskMeasures.ElderlyMinAge, now, today, due, cancellationToken)
                : await HighRiskNeedOverdueAsync(db, rule.Code, now, today, due, cancellationToken);
        }
        return new WarningSweep(rescored?.Scored ?? 0, raised);
    }

    private static Task<int> ElderlyAloneNotVisitedAsync(
        MarketplaceDbContext db, string rule, int days, int minAge, DateTimeOffset now, DateOnly today, DateTimeOffset due, CancellationToken cancellationToken)
    {
        var cutoff = now.AddDays(-days);
        var bornBy = today.AddYears(-minAge);
        var prefix = WarningRaiser.OccurrenceKey(rule, "");
        return db.Database.ExecuteSqlAsync($"""
            INSERT INTO warnings (id, household_id, community_code, rule_code, detail, occurrence_key, raised_at, due_at, status)
            SELECT gen_random_uuid(), h.id, h.community_code, {rule},
                   format('A member aged %s or more lives alone; no visit since %s (%s days or more).',
                          {minAge}, to_char(s.since AT TIME ZONE {ReportingCalendar.SqlTimeZone}, 'YYYY-MM-DD'), {days}),
                   {prefix} || h.id || ':' || to_char(s.since AT TIME ZONE 'UTC', 'YYYYMMDDHH24MISSUS'),
                   {now}, {due}, {nameof(WarningStatus.Open)}
            FROM households h
            CROSS JOIN LATERAL (SELECT coalesce(h.last_visited_at, h.registered_at) AS since) s
            WHERE h.merged_into_id IS NULL AND s.since < {cutoff}
              AND EXISTS (SELECT 1 FROM household_members m
                          WHERE m.household_id = h.id AND m.removed_at IS NULL AND m.lives_alone AND m.birth_date <= {bornBy})
            ON CONFLICT (occurrence_key) DO NOTHING
            """, cancellationToken);
    }

    private static Task<int> HighRiskNeedOverdueAsync(
        MarketplaceDbContext db, string rule, DateTimeOffset now, DateOnly today, DateTimeOffset due, CancellationToken cancellationToken)
    {
        var open = NeedStatuses.Open.Select(s => s.ToString()).ToArray();
        var prefix = WarningRaiser.OccurrenceKey(rule, "");
        return db.Database.ExecuteSqlAsync($"""
            INSERT INTO warnings (id, household_id, community_code, rule_code, detail, occurrence_key, raised_at, due_at, status)
            SELECT gen_random_uuid(), h.id, h.community_code, {rule},
                   format('Need %s of a HIGH-risk household was due on %s and is still %s.', n.id, to_char(n.due_date, 'YYYY-MM-DD'), n.status),
                   {prefix} || n.id || ':' || to_char(n.due_date, 'YYYYMMDD'),
                   {now}, {due}, {nameof(WarningStatus.Open)}
            FROM needs n
            JOIN households h ON h.id = n.household_id
            WHERE n.status = ANY({open}) AND n.due_date < {today} AND h.risk_level = {(short)Households.RiskLevel.High}
            ON CONFLICT (occurrence_key) DO NOTHING
            """, cancellationToken);
    }
}
