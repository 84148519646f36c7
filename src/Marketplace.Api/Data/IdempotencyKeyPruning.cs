using Marketplace.Core.Commands;

namespace Marketplace.Api.Data;

/// <summary>
/// Deletes idempotency keys past their retention (<see cref="CommandRunner.KeyRetention"/>, 24 h)
/// once an hour, so the table holds a day of keys, not every key ever sent. A key is free again
/// after its retention whether or not it has been pruned yet.
/// </summary>
public sealed class IdempotencyKeyPruning(CommandRunner runner, ILogger<IdempotencyKeyPruning> logger) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var pruned = await runner.PruneKeysAsync(stoppingToken);
                if (pruned > 0 && logger.IsEnabled(LogLevel.Information)) logger.LogInformation("Pruned {Count} expired idempotency keys.", pruned);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Next hour, then: a key past its retention is free again whether pruned or not.
                logger.LogWarning(e, "Idempotency keys could not be pruned this time.");
            }
        }
    }
}
