namespace Marketplace.Core.Data;

public static class MarketplaceDbContextSetup
{
    /// <summary>The one place that says how we talk to PostgreSQL, shared by the API, the tools and the tests.</summary>
    public static DbContextOptionsBuilder UseMarketplaceDatabase(this DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseNpgsql(connectionString, npgsql => npgsql
                .UseNetTopologySuite()
                .MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention();
}
