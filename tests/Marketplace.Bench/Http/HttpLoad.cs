using Marketplace.Bench.Data;
using Marketplace.Bench.Reporting;

namespace Marketplace.Bench.Http;

/// <summary>
/// The queries through the running API (HTTP, GraphQL, EF Core, PostgreSQL): one probe each, to
/// tell a field that is not in the schema yet from a real error; then latency with one client
/// after a warm-up, and throughput with 4 clients; the API's memory sampled all along.
/// The client runs on the same 2 cores as the API and the database, as a real box's would not:
/// it is kept lean (bodies serialised beforehand, answers scanned, not parsed).
/// </summary>
internal static class HttpLoad
{
    private const int WarmUp = 2_000, ConcurrentClients = 4, ProbedForCounts = 50;

    public static async Task RunAsync(BenchOptions options, BenchResults results, CancellationToken cancellationToken)
    {
        IReadOnlyList<Guid> needs, resources;
        await using (var dataSource = BenchDatabase.Open(options.ConnectionString))
        {
            needs = await BenchDatabase.SampleAsync(dataSource, BenchDatabase.NeedSample, cancellationToken);
            resources = await BenchDatabase.SampleAsync(dataSource, BenchDatabase.ResourceSample, cancellationToken);
        }
        using var client = await GraphQLClient.SignInAsync(options.ApiUrl, cancellationToken);
        await using var memory = ProcessMemory.Watch(options.ApiPid);
        if (memory is null) Console.WriteLine("   (no --api-pid: the API's memory is not sampled)");

        foreach (var query in GraphQLQueries.All(needs, resources, options.Seed).Where(q => options.Queries?.Contains(q.Key) != false))
        {
            Console.WriteLine($"== {query.Label}");
            var figures = results.Start(query.Key, query.Label);
            var probe = await client.ProbeAsync(query.Bodies[0], cancellationToken);
            if (!probe.Ok)
            {
                (figures.Status, figures.Message) = probe.FieldMissing
                    ? ("missing", $"field not in schema yet ({probe.Message})")
                    : ("error", probe.Message);
                Console.WriteLine($"   {figures.Message}; skipped");
                continue;
            }
            figures.MeanRows = await MeanResultsAsync(client, query, cancellationToken);

            Task<bool> Call(Random random, CancellationToken ct) => client.SendAsync(query.Bodies[random.Next(query.Bodies.Count)], ct);
            var (latency, errors) = await Measure.OneClientAsync(Call, WarmUp, options.Requests, TimeSpan.FromSeconds(60), options.Seed, cancellationToken);
            figures.OneClient = latency;
            Console.WriteLine($"   1 client: p50 {latency.P50Ms:F2} ms, p95 {latency.P95Ms:F2} ms, p99 {latency.P99Ms:F2} ms over {latency.Count} requests ({errors} errors), {figures.MeanRows:F1} results each");

            figures.Concurrent = await Measure.ConcurrentAsync(Call, ConcurrentClients, TimeSpan.FromSeconds(options.Seconds), options.Seed, cancellationToken);
            Console.WriteLine($"   {ConcurrentClients} clients, {options.Seconds} s: {figures.Concurrent.PerSecond:F0} requests/s ({figures.Concurrent.Errors} errors), p95 {figures.Concurrent.Latency?.P95Ms:F2} ms");
            if (errors > 0 || figures.Concurrent.Errors > 0) figures.Message = $"{errors + figures.Concurrent.Errors} requests failed";
        }

        if (memory is not null)
        {
            results.ApiMemory = await memory.StopAsync();
            Console.WriteLine($"API working set: peak {results.ApiMemory.PeakMegabytes:F0} MB (VmHWM), {results.ApiMemory.AfterLoadMegabytes:F0} MB after the load");
        }
    }

    /// <summary>How many results the first few requests return: an empty answer is fast and proves nothing.</summary>
    private static async Task<double> MeanResultsAsync(GraphQLClient client, GraphQLQuery query, CancellationToken cancellationToken)
    {
        var total = 0;
        var count = Math.Min(ProbedForCounts, query.Bodies.Count);
        for (var i = 0; i < count; i++) total += query.Count((await client.ProbeAsync(query.Bodies[i], cancellationToken)).Data);
        return (double)total / count;
    }
}
