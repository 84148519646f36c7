namespace Marketplace.Api.Hosting;

/// <summary>
/// Work an instance does on a timer (sweeps, pruning): one tick after another, a failed run logged
/// and retried at the next tick while the API goes on serving. What to do, and how often (null:
/// not at all on this instance), is the subclass's.
/// </summary>
public abstract partial class PeriodicWork(ILogger logger) : BackgroundService
{
    /// <summary>How often to run; null when this instance does not run it (turned off by configuration).</summary>
    protected abstract TimeSpan? Every { get; }

    /// <summary>Names the work in the log.</summary>
    protected abstract string Name { get; }

    protected abstract Task RunOnceAsync(CancellationToken cancellationToken);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (Every is not { } every) return;
        using var timer = new PeriodicTimer(every);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Failed(logger, Name, e);
            }
        }
    }

    [LoggerMessage(LogLevel.Error, "{Work} failed; it will run again at the next tick.")]
    private static partial void Failed(ILogger logger, string work, Exception error);
}
