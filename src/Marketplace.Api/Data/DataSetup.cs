using Marketplace.Core.Commands;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Marketplace.Api.Data;

public static class DataSetup
{
    public const string ConnectionStringName = "Marketplace";

    public static WebApplicationBuilder AddMarketplaceData(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        // A factory, not a scoped context: the executor resolves fields in parallel, and each
        // batch load gets a short-lived context of its own from the pool.
        services.AddPooledDbContextFactory<MarketplaceDbContext>((provider, options) => options
            .UseMarketplaceDatabase(Tuned(provider.GetRequiredService<IConfiguration>().GetConnectionString(ConnectionStringName)
                ?? throw new InvalidOperationException(
                    $"No connection string: set ConnectionStrings:{ConnectionStringName} (env ConnectionStrings__{ConnectionStringName}).")))
            // Interceptors registered as services take part (diagnostics, and the tests' statement counter),
            // in every statement but suggestMatches' batch, which Npgsql sends itself (NeedCandidatesReader).
            .AddInterceptors(provider.GetServices<IInterceptor>()));

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<KeyedReads>();
        services.AddSingleton<CommandRunner>();
        services.AddHostedService<IdempotencyKeyPruning>();
        return builder;
    }

    /// <summary>
    /// Settings for a server that sends the same few statements all day. Statements sent again and
    /// again are prepared on each pooled connection, unless the connection string sets a number:
    /// parsing and planning a suggestion's statements cost as much as running them (make bench).
    /// A connection goes back to the pool without a reset statement: we keep no session state, and
    /// an unfinished transaction is rolled back on return all the same.
    /// Unless the connection string sets options:
    /// - JIT compilation is off: it costs tens of milliseconds, and our statements, the office's
    ///   aggregates included, run in less (make bench).
    /// - Prepared statements keep one generic plan. By default PostgreSQL plans a statement anew
    ///   for every execution whenever its generic plan looks costlier, and for the suggestions'
    ///   nearest-first scans (a LIMIT and an array that are parameters) it always does: planning,
    ///   with PostGIS's selectivity estimates, took 0.6-0.9 ms, longer than running the scan.
    ///   Our statements filter on keys, region code ranges and spatial indexes, whose plans do not
    ///   depend on the values: make bench measured the office's aggregates unchanged by this.
    /// </summary>
    private static string Tuned(string connectionString)
    {
        var settings = new NpgsqlConnectionStringBuilder(connectionString) { NoResetOnClose = true };
        if (settings.MaxAutoPrepare == 0) settings.MaxAutoPrepare = 100;
        if (string.IsNullOrEmpty(settings.Options)) settings.Options = "-c jit=off -c plan_cache_mode=force_generic_plan";
        return settings.ConnectionString;
    }
}
