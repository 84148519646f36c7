namespace Marketplace.Core.Needs;

/// <summary>
/// Returns to the pool the claims that have seen no activity for too long, so that a need is not
/// stuck with a social worker who moved on. Each release is in the timeline, by "system".
/// Claimed needs only: a need with live matches has a donor waiting, and an officer decides.
/// </summary>
public sealed class IdleClaimSweeper(IDbContextFactory<MarketplaceDbContext> dbFactory, TimeProvider clock, IServiceProvider services)
{
    public const string SystemLogin = "system";
    private const int BatchSize = 200;
    private static readonly Viewer System = new(SystemLogin, Role.Admin, null, null);

    /// <summary>Releases every claim idle for longer than <paramref name="idleFor"/>; returns how many.</summary>
    public async Task<int> SweepAsync(TimeSpan idleFor, CancellationToken cancellationToken)
    {
        var released = 0;
        while (true)
        {
            var batch = await SweepBatchAsync(idleFor, cancellationToken);
            released += batch;
            if (batch < BatchSize) return released;
        }
    }

    private async Task<int> SweepBatchAsync(TimeSpan idleFor, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var cutoff = now - idleFor;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // SKIP LOCKED: a need someone is acting on right now is not idle; the next sweep will see.
        var idle = await db.Needs.FromSql($"""
            SELECT *, xmin FROM needs
            WHERE status = 'Claimed' AND last_activity_at < {cutoff}
            ORDER BY last_activity_at LIMIT {BatchSize}
            FOR UPDATE SKIP LOCKED
            """).ToListAsync(cancellationToken);
        var context = new CommandContext(db, System, now, services);
        foreach (var need in idle)
        {
            var holder = need.ClaimedBy;
            NeedCommands.ReturnToPool(need);
            context.Record(need, NeedEventKind.ClaimReleased, NeedStatus.Claimed,
                $"No activity for {idleFor.TotalDays:0} days since {cutoff:yyyy-MM-dd}: returned to the pool from {holder}.");
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return idle.Count;
    }
}
