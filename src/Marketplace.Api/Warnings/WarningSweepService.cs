using Marketplace.Core.Warnings;
using Marketplace.Api.Hosting;
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
public sealed partial class WarningSweepService(WarningSweeper sweeper, IOptions<WarningOptions> options, ILogger<WarningSweepService> logger)
    : PeriodicWork(logger)
{
    protected override TimeSpan? Every => options.Value.SweepEnabled ? options.Value.SweepEvery : null;

    protected override string Name => "The warnings' sweep";

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var swept = await sweeper.SweepAsync(cancellationToken);
        if (swept.Raised > 0 || swept.Rescored > 0) Swept(logger, swept.Raised, swept.Rescored);
    }

    [LoggerMessage(LogLevel.Information, "The warnings' sweep raised {Raised} warnings and re-scored {Rescored} households.")]
    private static partial void Swept(ILogger logger, int raised, int rescored);
}
