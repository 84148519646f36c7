using System.Collections.Concurrent;
using Marketplace.Core.Households;

namespace Marketplace.Core.Risk;

/// <summary>A household as one scoring left it, with what it was before (what warnings compare).</summary>
public sealed record HouseholdRescored(
    Guid HouseholdId, string CommunityCode, RiskLevel? OldLevel, RiskLevel Level, RiskLevel? OldEffective, RiskLevel Effective,
    decimal? OldPerCapitaIncome, decimal? PerCapitaIncome, long? HistoryId, decimal Score, string Cause);

/// <summary>What a re-scoring of all households did, over its passes.</summary>
public sealed record RescoreSummary(int Version, int Scored, int HistoryRows, int Passes);

/// <summary>
/// Runs the current model's statement (<see cref="RiskScoringSql"/>, compiled once per version:
/// versions never change) for one household, in a command's transaction, or for all of them.
/// </summary>
public sealed class RiskScorer(IDbContextFactory<MarketplaceDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>Passes of a re-scoring of all before leaving the rest to the sweep (each pass takes the rows changed during the last).</summary>
    public const int MaxPasses = 3;

    private readonly ConcurrentDictionary<int, RiskScoringSql> _compiled = new();

    /// <summary>
    /// Scores the household in the command's transaction; null when there is no model. The
    /// household's row, if the context tracks it, is told its new values and version, so that a
    /// later save in the same command is not taken for a concurrent change.
    /// </summary>
    public async Task<HouseholdRescored?> ScoreAsync(CommandContext c, Guid householdId, string cause, bool always, CancellationToken cancellationToken)
    {
        if (await CurrentAsync(c.Db, cancellationToken) is not { } model) return null;
        var parameters = Parameters(model, ReportingCalendar.DayOf(c.Now), c.Now, cause, c.Viewer.Login, always);
        parameters["household"] = householdId;
        var rows = await RawSql.QueryInContextAsync(c.Db, model.One, parameters, r => (
            Rescored: new HouseholdRescored(
                r.GetGuid(0), r.GetString(1), Level(r, 2), (RiskLevel)r.GetInt16(3), Level(r, 4), (RiskLevel)r.GetInt16(5),
                r.IsDBNull(6) ? null : r.GetDecimal(6), r.IsDBNull(7) ? null : r.GetDecimal(7), r.IsDBNull(8) ? null : r.GetInt64(8),
                r.GetDecimal(10), cause),
            RowVersion: r.GetFieldValue<uint>(9)), cancellationToken);
        if (rows is not [var row]) return null;
        await SyncTrackedAsync(c.Db, householdId, row.RowVersion, cancellationToken);
        return row.Rescored;
    }

    /// <summary>
    /// Scores every household not yet scored by the current version, each pass one statement in
    /// a transaction of its own; a household changed while a pass ran is left to the next pass.
    /// </summary>
    public async Task<RescoreSummary?> ScoreAllAsync(string cause, string? actor, CancellationToken cancellationToken)
    {
        int scored = 0, history = 0, passes = 0, version = 0;
        while (passes < MaxPasses)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            // 200,000 households take seconds (make bench); the default 30 s is for requests.
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (await CurrentAsync(db, cancellationToken) is not { } model) return null;
            var now = clock.GetUtcNow();
            var (targets, updated, written) = (await RawSql.QueryInContextAsync(
                db, model.All, Parameters(model, ReportingCalendar.DayOf(now), now, cause, actor, always: false),
                r => (r.GetInt64(0), r.GetInt64(1), r.GetInt64(2)), cancellationToken)).Single();
            await transaction.CommitAsync(cancellationToken);
            (version, scored, history, passes) = (model.Version, scored + (int)updated, history + (int)written, passes + 1);
            if (updated == targets) break;
        }
        return new RescoreSummary(version, scored, history, passes);
    }

    private async Task<RiskScoringSql?> CurrentAsync(MarketplaceDbContext db, CancellationToken cancellationToken)
    {
        var version = await db.RiskModelVersions.AsNoTracking().Where(m => m.IsCurrent).Select(m => (int?)m.Version).SingleOrDefaultAsync(cancellationToken);
        if (version is not { } current) return null;
        if (_compiled.TryGetValue(current, out var compiled)) return compiled;
        var model = await db.RiskModelVersions.AsNoTracking().Include(m => m.Indicators).SingleAsync(m => m.Version == current, cancellationToken);
        return _compiled.GetOrAdd(current, _ => RiskScoringSql.Of(model));
    }

    private static Dictionary<string, object?> Parameters(RiskScoringSql model, DateOnly today, DateTimeOffset now, string cause, string? actor, bool always)
    {
        var parameters = new Dictionary<string, object?>(model.Parameters.ToDictionary(p => p.Key, p => (object?)p.Value))
        {
            ["today"] = today,
            ["now"] = now,
            ["cause"] = cause,
            ["actor"] = actor,
            ["always"] = always,
        };
        return parameters;
    }

    private static RiskLevel? Level(System.Data.Common.DbDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : (RiskLevel)r.GetInt16(ordinal);

    private static async Task SyncTrackedAsync(MarketplaceDbContext db, Guid householdId, uint rowVersion, CancellationToken cancellationToken)
    {
        var entry = db.ChangeTracker.Entries<Household>().FirstOrDefault(e => e.Entity.Id == householdId);
        if (entry is null) return;
        var fresh = await db.Households.AsNoTracking().Where(h => h.Id == householdId)
            .Select(h => new { h.RiskScore, h.ComputedRiskLevel, h.RiskModelVersion, h.RiskComputedAt, h.RiskContributions, h.RiskLevel })
            .SingleAsync(cancellationToken);
        void Set<T>(string property, T value)
        {
            var p = entry.Property(property);
            (p.CurrentValue, p.OriginalValue, p.IsModified) = (value, value, false);
        }
        Set(nameof(Household.RiskScore), fresh.RiskScore);
        Set(nameof(Household.ComputedRiskLevel), fresh.ComputedRiskLevel);
        Set(nameof(Household.RiskModelVersion), fresh.RiskModelVersion);
        Set(nameof(Household.RiskComputedAt), fresh.RiskComputedAt);
        Set(nameof(Household.RiskContributions), fresh.RiskContributions);
        Set(nameof(Household.RiskLevel), fresh.RiskLevel);
        Set(nameof(Household.Version), rowVersion);
    }
}
