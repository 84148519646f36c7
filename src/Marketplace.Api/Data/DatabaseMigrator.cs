using Marketplace.DemoData;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Marketplace.Api.Data;

/// <summary>Brings a database up to date: migrations, the reference taxonomy, and (on request) the demo data, once.</summary>
public static class DatabaseMigrator
{
    public static Task MigrateAsync(IServiceProvider services, bool seedDemoData, CancellationToken cancellationToken) =>
        MigrateAsync(
            services.GetRequiredService<IDbContextFactory<MarketplaceDbContext>>(),
            seedDemoData,
            services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseMigrator)),
            cancellationToken);

    public static async Task MigrateAsync(
        IDbContextFactory<MarketplaceDbContext> factory, bool seedDemoData, ILogger logger, CancellationToken cancellationToken)
    {

        await using (var db = await factory.CreateDbContextAsync(cancellationToken))
        {
            await RefuseUnknownHistoryAsync(db, cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
        }
        // The migration may have just created the PostGIS types; connections opened before
        // that do not know them.
        NpgsqlConnection.ClearAllPools();

        await using (var db = await factory.CreateDbContextAsync(cancellationToken))
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            await ((NpgsqlConnection)db.Database.GetDbConnection()).ReloadTypesAsync(cancellationToken);
            await ShippedData.EnsureAllAsync(db, cancellationToken);
            if (seedDemoData)
            {
                if (await DemoDataSeeder.SeedAsync(db, cancellationToken)) logger.LogInformation("Demo data loaded.");
                else logger.LogInformation("Demo data already present; left as it is.");
            }
        }
    }

    /// <summary>
    /// Stops before migrating a database whose history names a migration this build does not have:
    /// one migrated before the migrations were squashed into one baseline (2026-12-06), on which
    /// EF Core would apply the baseline again and fail on its first CREATE TABLE.
    /// </summary>
    private static async Task RefuseUnknownHistoryAsync(MarketplaceDbContext db, CancellationToken cancellationToken)
    {
        var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        var unknown = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).Where(id => !known.Contains(id)).ToList();
        if (unknown.Count > 0)
        {
            throw new UnknownMigrationHistoryException(
                $"The database '{db.Database.GetDbConnection().Database}' was migrated with migrations this build does not know "
                + $"({string.Join(", ", unknown)}): the migrations were squashed into one baseline on 2026-12-06. "
                + "Nothing was changed. A local cluster: `make clean-data`, then `make run` / `make test` create it again. "
                + "Any other database: drop and recreate it, then run `migrate` again.");
        }
    }
}

/// <summary>The database's migration history names migrations this build does not have.</summary>
public sealed class UnknownMigrationHistoryException(string message) : InvalidOperationException(message);
