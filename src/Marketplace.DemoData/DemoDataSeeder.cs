using Marketplace.Core.Data;
using Marketplace.Core.Regions;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.DemoData;

/// <summary>
/// Loads the demo data: the places, units, households and needs of the reports in seeds/, with a
/// year of history relative to <see cref="ReferenceNow"/>.
/// </summary>
public static class DemoDataSeeder
{
    /// <summary>The fixed "now" the demo data's dates are relative to.</summary>
    public static readonly DateTimeOffset ReferenceNow = new(2026, 11, 1, 9, 0, 0, ChinaTime.Offset);

    /// <summary>Arbitrary key of the advisory lock that keeps two instances from seeding at once.</summary>
    private const long SeedLockKey = 0x4D6B_7444_656D_6F;

    /// <summary>
    /// Seeds once: returns false and changes nothing when regions already exist. Runs in its own
    /// transaction (or the caller's) and leaves the context's change tracker empty.
    /// </summary>
    public static async Task<bool> SeedAsync(MarketplaceDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.CurrentTransaction is not null)
        {
            return await SeedInTransactionAsync(db, cancellationToken);
        }
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(
            (db, cancellationToken),
            static async (_, state, token) =>
            {
                var (context, _) = state;
                await using var transaction = await context.Database.BeginTransactionAsync(token);
                var seeded = await SeedInTransactionAsync(context, token);
                await transaction.CommitAsync(token);
                return seeded;
            },
            verifySucceeded: null,
            cancellationToken);
    }

    private static async Task<bool> SeedInTransactionAsync(MarketplaceDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({SeedLockKey})", cancellationToken);
        if (await db.Regions.AnyAsync(cancellationToken))
        {
            // Demo users came after the first demo data: a database seeded before them gets them now.
            await DemoUsers.EnsureAsync(db, cancellationToken);
            return false;
        }
        await ShippedData.EnsureAllAsync(db, cancellationToken);
        var data = DemoDataBuilder.Build(ReferenceNow);
        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            // Parents before children, one round trip batch per table.
            await SaveAsync(db, data.Regions, cancellationToken);
            await SaveAsync(db, data.IncomeLines, cancellationToken);
            await SaveAsync(db, data.Organisations, cancellationToken);
            await SaveAsync(db, data.Resources, cancellationToken);
            await SaveAsync(db, data.Projects, cancellationToken);
            await SaveAsync(db, data.Households, cancellationToken);
            await SaveAsync(db, data.Members, cancellationToken);
            await SaveAsync(db, data.RegisteredIdNumbers, cancellationToken);
            await SaveAsync(db, data.Needs, cancellationToken);
            await SaveAsync(db, data.Matches, cancellationToken);
            await SaveAsync(db, data.Events, cancellationToken);
            await DemoUsers.EnsureAsync(db, cancellationToken);
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }
        return true;
    }

    private static async Task SaveAsync<T>(MarketplaceDbContext db, List<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        db.Set<T>().AddRange(rows);
        await db.SaveChangesAsync(cancellationToken);
    }
}
