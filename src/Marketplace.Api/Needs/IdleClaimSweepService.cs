using Marketplace.Core.Needs;
using Microsoft.Extensions.Options;

namespace Marketplace.Api.Needs;

/// <summary>The "Claims" configuration section.</summary>
public sealed class ClaimOptions
{
    public const string Section = "Claims";

    /// <summary>A claim with no activity for this long goes back to the pool.</summary>
    public TimeSpan IdleAfter { get; set; } = TimeSpan.FromDays(14);

    public TimeSpan SweepEvery { get; set; } = TimeSpan.FromHours(1);

    public bool SweepEnabled { get; set; } = true;
}

/// <summary>Runs <see cref="IdleClaimSweeper"/> on a timer. Every instance may run it: SKIP LOCKED keeps them from doing the same work twice.</summary>
public sealed partial class IdleClaimSweepService(IdleClaimSweeper sweeper, IOptions<ClaimOptions> options, ILogger<IdleClaimSweepService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.SweepEnabled) return;
        using var timer = new PeriodicTimer(options.Value.SweepEvery);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var released = await sweeper.SweepAsync(options.Value.IdleAfter, stoppingToken);
                if (released > 0) Released(logger, released, options.Value.IdleAfter.TotalDays);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A failed sweep is retried at the next tick; the API goes on serving.
                SweepFailed(logger, e);
            }
        }
    }

    [LoggerMessage(LogLevel.Information, "Returned {Count} claims idle for more than {Days} days to the pool.")]
    private static partial void Released(ILogger logger, int count, double days);

    [LoggerMessage(LogLevel.Error, "The idle-claim sweep failed; it will run again at the next tick.")]
    private static partial void SweepFailed(ILogger logger, Exception error);
}
