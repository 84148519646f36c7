using Marketplace.Api.Hosting;
using Marketplace.Core.Commands;

namespace Marketplace.Api.Data;

/// <summary>
/// Deletes idempotency keys past their retention (<see cref="CommandRunner.KeyRetention"/>, 24 h)
/// once an hour, so the table holds a day of keys, not every key ever sent. A key is free again
/// after its retention whether or not it has been pruned yet.
/// </summary>
public sealed partial class IdempotencyKeyPruning(CommandRunner runner, ILogger<IdempotencyKeyPruning> logger) : PeriodicWork(logger)
{
    protected override TimeSpan? Every => TimeSpan.FromHours(1);

    protected override string Name => "Pruning idempotency keys";

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var pruned = await runner.PruneKeysAsync(cancellationToken);
        if (pruned > 0) Pruned(logger, pruned);
    }

    [LoggerMessage(LogLevel.Information, "Pruned {Count} expired idempotency keys.")]
    private static partial void Pruned(ILogger logger, int count);
}
