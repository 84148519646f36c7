using Marketplace.Core.Needs;
using Marketplace.Api.Hosting;
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
public sealed partial class IdleClaimSweepService(IdleClaimSweeper sweeper, IOptions<ClaimOptions> options, ILogger<IdleClaimSweepService> logger)
    : PeriodicWork(logger)
{
    protected override TimeSpan? Every => options.Value.SweepEnabled ? options.Value.SweepEvery : null;

    protected override string Name => "The idle-claim sweep";

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var released = await sweeper.SweepAsync(options.Value.IdleAfter, cancellationToken);
        if (released > 0) Released(logger, released, options.Value.IdleAfter.TotalDays);
    }

    [LoggerMessage(LogLevel.Information, "Returned {Count} claims idle for more than {Days} days to the pool.")]
    private static partial void Released(ILogger logger, int count, double days);
}
