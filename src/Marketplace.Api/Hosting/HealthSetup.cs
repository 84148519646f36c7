using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Marketplace.Api.Hosting;

/// <summary>
/// <c>/healthz</c>: the process lives (no dependency is asked). <c>/readyz</c>: it can serve, with
/// every check tagged <see cref="Ready"/> (the database reachable, its migrations applied, and what
/// features add, such as the change feed listening); 503 while any is not, with each check's state.
/// </summary>
public static class HealthSetup
{
    public const string Ready = "ready";
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(3);

    public static WebApplicationBuilder AddMarketplaceHealth(this WebApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks()
            .AddNpgSql(provider => provider.GetRequiredService<IConfiguration>().GetConnectionString(Data.DataSetup.ConnectionStringName)!,
                name: "database", tags: [Ready], timeout: ProbeTimeout)
            .AddCheck<MigrationsApplied>("migrations", tags: [Ready]);
        return builder;
    }

    public static WebApplication MapMarketplaceHealth(this WebApplication app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready), ResponseWriter = WriteAsync });
        return app;
    }

    private static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        return http.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        }));
    }

    /// <summary>Every migration this build knows is applied: an instance of a newer build waits for `migrate`.</summary>
    private sealed class MigrationsApplied(IDbContextFactory<MarketplaceDbContext> dbFactory) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
                var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
                return pending.Count == 0
                    ? HealthCheckResult.Healthy("All migrations are applied.")
                    : HealthCheckResult.Unhealthy($"{pending.Count} migrations are not applied yet; run `migrate`.");
            }
            catch (Exception e) when (DatabaseOutage.IsCause(e))
            {
                return HealthCheckResult.Unhealthy("The database is out of reach.");
            }
        }
    }
}
