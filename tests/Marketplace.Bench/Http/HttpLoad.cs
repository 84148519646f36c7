using Marketplace.Bench.Data;
using Marketplace.Bench.Reporting;

namespace Marketplace.Bench.Http;

/// <summary>
/// The queries through the running API (HTTP, GraphQL, EF Core, PostgreSQL): one probe each, to
/// tell a field that is not in the schema yet from a real error; then latency with one client
/// after a warm-up, and throughput with 4 clients; the API's memory sampled all along.
/// The client runs on the same 2 cores as the API and the database, as a real box's would not:
/// it is kept lean (bodies serialised beforehand, blocking calls on kept-alive connections of its
/// own, answers scanned, not parsed).
/// </summary>
internal static class HttpLoad
{
    private const int WarmUp = 2_000, ConcurrentClients = 4, ProbedForCounts = 50;

    // Aggregates take tens of milliseconds: fewer calls, one client only (an office asks one at a
    // time), and no long warm-up (the queries before them warmed the API).
    private const int AggregateWarmUp = 10, AggregateRequests = 200;

    // On two cores the tiered JIT keeps recompiling the API's hot paths (some 30,000 methods) for
    // about half a minute after start: 2,000 requests of the first query took 6 s, and its
    // one-client figures were of a process still compiling. At least 15 s each, the API is warm.
    private static readonly TimeSpan MinWarmUp = TimeSpan.FromSeconds(15);

    public static async Task RunAsync(BenchOptions options, BenchResults results, CancellationToken cancellationToken)
    {
        IReadOnlyList<Guid> needs, resources;
        await using (var dataSource = BenchDatabase.Open(options.ConnectionString))
        {
            needs = await BenchDatabase.SampleAsync(dataSource, BenchDatabase.NeedSample, cancellationToken);
            resources = await BenchDatabase.SampleAsync(dataSource, BenchDatabase.ResourceSample, cancellationToken);
        }
        using var client = await GraphQLClient.SignInAsync(options.ApiUrl, cancellationToken);
        using var connections = new KeptAliveConnections(ConcurrentClients, options.ApiUrl, client.AccessToken);
        await using var memory = ProcessMemory.Watch(options.ApiPid);
        if (memory is null) Console.WriteLine("   (no --api-pid: the API's memory is not sampled)");

        foreach (var query in GraphQLQueries.All(needs, resources, options.Seed).Where(q => options.Queries?.Contains(q.Key) != false))
        {
            Console.WriteLine($"== {query.Label}");
            var figures = results.Start(query.Key, query.Label);
            figures.IsAggregate = query.IsAggregate;
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

            bool Post(int clientNumber, Random random) => connections[clientNumber].Post(query.Bodies[random.Next(query.Bodies.Count)]);
            Task<bool> Call(Random random, CancellationToken _) => Task.FromResult(Post(0, random));
            var (warmUp, requests, minWarmUp) = query.IsAggregate ? (AggregateWarmUp, AggregateRequests, TimeSpan.Zero) : (WarmUp, options.Requests, MinWarmUp);
            var (latency, errors) = await Measure.OneClientAsync(Call, warmUp, requests, TimeSpan.FromSeconds(60), options.Seed, cancellationToken, minWarmUp);
            figures.OneClient = latency;
            Console.WriteLine($"   1 client: p50 {latency.P50Ms:F2} ms, p95 {latency.P95Ms:F2} ms, p99 {latency.P99Ms:F2} ms over {latency.Count} requests ({errors} errors), {figures.MeanRows:F1} results each");
            if (query.IsAggregate)
            {
                if (errors > 0) figures.Message = $"{errors} requests failed";
                continue;
            }

            var cpuBefore = ProcessCpu.Read(options.ApiPid);
            figures.Concurrent = Measure.Concurrent(Post, ConcurrentClients, TimeSpan.FromSeconds(options.Seconds), options.Seed);
            Console.WriteLine($"   {ConcurrentClients} clients, {options.Seconds} s: {figures.Concurrent.PerSecond:F0} requests/s ({figures.Concurrent.Errors} errors), p95 {figures.Concurrent.Latency?.P95Ms:F2} ms");
            if (cpuBefore is not null && ProcessCpu.Read(options.ApiPid)?.Since(cpuBefore) is { } used && figures.Concurrent.Requests > 0)
            {
                figures.ApiCpuMsPerRequest = used.ApiSeconds * 1000 / figures.Concurrent.Requests;
                figures.DatabaseCpuMsPerRequest = used.DatabaseSeconds * 1000 / figures.Concurrent.Requests;
                Console.WriteLine($"   CPU per request: API {figures.ApiCpuMsPerRequest:F2} ms, PostgreSQL {figures.DatabaseCpuMsPerRequest:F2} ms");
            }
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
