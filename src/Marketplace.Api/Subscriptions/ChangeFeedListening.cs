using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Marketplace.Api.Subscriptions;

/// <summary>Readiness: subscriptions get their changes only while the change feed listens.</summary>
public sealed class ChangeFeedListening(ChangeFeed feed) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(feed.IsListening
            ? HealthCheckResult.Healthy("The change feed is listening.")
            : HealthCheckResult.Unhealthy("The change feed is not listening (starting, or reconnecting to the database)."));
}
