using Marketplace.Core.Warnings;
using Microsoft.Extensions.Options;

namespace Marketplace.Api.Warnings;

/// <summary>The "Warnings" configuration section.</summary>
public sealed class WarningOptions
{
    public const string Section = "Warnings";

    public TimeSpan SweepEvery { get; set; } = TimeSpan.FromHours(1);

    public bool SweepEnabled { get; set; } = true;
}

/// <summary>
/// Runs <see cref="WarningSweeper"/> on a timer. Every instance may run it: each occurrence's key
/// raises it once however many sweep, and a household re-scored by one is skipped by the other.
/// </summary>
public sealed partial class WarningSweepService(WarningSweeper sweeper, IOptions<WarningOptions> options, ILogger<WarningSweepService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.SweepEnabled) return;
        using var timer = new PeriodicTimer(options.Value.SweepEvery);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var swept = await sweeper.SweepAsync(stoppingToken);
                if (swept.Raised > 0 || swept.Rescored > 0) Swept(logger, swept.Raised, swept.Rescored);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A failed sweep is retried at the next tick; the API goes on serving.
                SweepFailed(logger, e);
            }
        }
    }

    [LoggerMessage(LogLevel.Information, "The warnings' sweep raised {Raised} warnings and re-scored {Rescored} households.")]
    private static partial void Swept(ILogger logger, int raised, int rescored);

    [LoggerMessage(LogLevel.Error, "The warnings' sweep failed; it will run again at the next tick.")]
    private static partial void SweepFailed(ILogger logger, Exception error);
}
