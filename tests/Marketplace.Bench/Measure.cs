using System.Diagnostics;
using Marketplace.Bench.Reporting;

namespace Marketplace.Bench;

/// <summary>
/// Runs a call over and over and times it: one client for latency, several for throughput.
/// A call draws its own input from the generator it is given and says whether it succeeded.
/// Every loop stops at a count or at a deadline, whichever comes first.
/// </summary>
internal static class Measure
{
    /// <summary>
    /// Latency with one client, after <paramref name="warmUp"/> calls and at least
    /// <paramref name="minWarmUp"/> of them (the warm-up never takes more than a quarter of the limit).
    /// </summary>
    public static async Task<(Latency Latency, long Errors)> OneClientAsync(
        Func<Random, CancellationToken, Task<bool>> call, int warmUp, int count, TimeSpan limit, int seed, CancellationToken cancellationToken,
        TimeSpan minWarmUp = default)
    {
        var random = new Random(seed);
        var deadline = Stopwatch.StartNew();
        // Warm-up: JIT, connection pools, plan caches and the pages the queries touch.
        for (var i = 0; (i < warmUp || deadline.Elapsed < minWarmUp) && deadline.Elapsed < limit / 4; i++) await call(random, cancellationToken);

        var latencies = new List<double>(count);
        long errors = 0;
        deadline.Restart();
        for (var i = 0; i < count && deadline.Elapsed < limit; i++)
        {
            var start = Stopwatch.GetTimestamp();
            var ok = await call(random, cancellationToken);
            latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            if (!ok) errors++;
        }
        return (Latency.Of(latencies), errors);
    }

    /// <summary>
    /// Throughput of <paramref name="clients"/> clients, each a thread of its own making blocking
    /// calls one after another (call's first argument: the client's number), as pgbench's are.
    /// </summary>
    public static Throughput Concurrent(Func<int, Random, bool> call, int clients, TimeSpan duration, int seed)
    {
        var perClient = new List<double>[clients];
        var errors = new long[clients];
        var failures = new Exception?[clients];
        var clock = Stopwatch.StartNew();
        var threads = Enumerable.Range(0, clients).Select(c => new Thread(() =>
        {
            var (random, latencies) = (new Random(seed + c), new List<double>());
            perClient[c] = latencies;
            try
            {
                while (clock.Elapsed < duration)
                {
                    var start = Stopwatch.GetTimestamp();
                    if (!call(c, random)) errors[c]++;
                    latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                }
            }
            catch (Exception e)
            {
                // Left to escape, it would end the process: the run throws it once every client has stopped.
                failures[c] = e;
            }
        }) { IsBackground = true, Name = $"client {c}" }).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        if (failures.FirstOrDefault(f => f is not null) is { } failure) throw new InvalidOperationException("A client of the load failed.", failure);
        var elapsed = clock.Elapsed.TotalSeconds;
        var all = perClient.SelectMany(l => l).ToList();
        return new Throughput("HTTP", clients, elapsed, all.Count, errors.Sum(), all.Count / elapsed, Latency.Of(all));
    }
}
