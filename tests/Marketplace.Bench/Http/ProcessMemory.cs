using System.Globalization;
using Marketplace.Bench.Reporting;

namespace Marketplace.Bench.Http;

/// <summary>
/// Samples a process's resident set from /proc/&lt;pid&gt;/status while the load runs. VmHWM is
/// the kernel's own high-water mark since the process started, so no peak between two samples
/// is missed; VmRSS samples show how the working set moves under load.
/// </summary>
internal sealed class ProcessMemory : IAsyncDisposable
{
    private readonly int _pid;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;
    private double _maxRss;
    private int _samples;

    private ProcessMemory(int pid)
    {
        _pid = pid;
        _sampling = Task.Run(SampleAsync);
    }

    public static ProcessMemory? Watch(int? pid) =>
        pid is { } id && File.Exists($"/proc/{id}/status") ? new ProcessMemory(id) : null;

    private async Task SampleAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                if (ReadKilobytes("VmRSS") is { } rss)
                {
                    _maxRss = Math.Max(_maxRss, rss / 1024);
                    _samples++;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped: the figures so far are the answer.
        }
    }

    public async Task<MemoryFigures> StopAsync()
    {
        await _stop.CancelAsync();
        await _sampling;
        var peak = Math.Max((ReadKilobytes("VmHWM") ?? 0) / 1024, _maxRss);
        return new MemoryFigures(peak, _maxRss, (ReadKilobytes("VmRSS") ?? 0) / 1024, _samples);
    }

    private double? ReadKilobytes(string field)
    {
        try
        {
            var line = File.ReadLines($"/proc/{_pid}/status").FirstOrDefault(l => l.StartsWith(field + ":", StringComparison.Ordinal));
            return line is null ? null : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return null; // the process has exited
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stop.IsCancellationRequested) await StopAsync();
        _stop.Dispose();
    }
}
