using Marketplace.Core.Data;
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
            await db.Database.MigrateAsync(cancellationToken);
        }
        // The migration may have just created the PostGIS types; connections opened before
        // that do not know them.
        NpgsqlConnection.ClearAllPools();

        await using (var db = await factory.CreateDbContextAsync(cancellationToken))
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            await ((NpgsqlConnection)db.Database.GetDbConnection()).ReloadTypesAsync(cancellationToken);
            await ReferenceData.EnsureCategoriesAsync(db, cancellationToken);
            if (seedDemoData)
            {
                if (await DemoDataSeeder.SeedAsync(db, cancellationToken)) logger.LogInformation("Demo data loaded.");
                else logger.LogInformation("Demo data already present; left as it is.");
            }
        }
    }
}
