using Marketplace.Bench.Data;
using Marketplace.Bench.Reporting;
using Npgsql;

namespace Marketplace.Bench.Sql;

/// <summary>
/// The matching queries as raw SQL, the floor the API is compared with: the plan (EXPLAIN
/// ANALYZE, printed), latency with one client over thousands of random sample needs or
/// resources, and throughput under pgbench with 2 clients (one per core).
/// </summary>
internal static class SqlBaseline
{
    private const int WarmUp = 1_000, Calls = 3_000, PgbenchClients = 2;

    public static async Task RunAsync(BenchOptions options, BenchResults results, CancellationToken cancellationToken)
    {
        await using var dataSource = BenchDatabase.Open(options.ConnectionString);
        foreach (var query in BaselineQueries.All)
        {
            Console.WriteLine($"== {query.Label}");
            var figures = results.Start(query.Key, query.Label);
            var sampleSize = (await BenchDatabase.SampleAsync(dataSource, query.SampleTable, cancellationToken)).Count;
            if (query.PgbenchOnly)
            {
                // Statements whose one-client latency and plans are the API's own (make bench's HTTP step, the EXPLAIN tests).
                await RunPgbenchAsync(options, query, figures, sampleSize, cancellationToken);
                continue;
            }

            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            await using var command = new NpgsqlCommand(query.ForNpgsql, connection) { Parameters = { new() { Value = 1 } } };
            await command.PrepareAsync(cancellationToken);
            long rows = 0, calls = 0;
            async Task<bool> Call(Random random, CancellationToken ct)
            {
                command.Parameters[0].Value = random.Next(1, sampleSize + 1);
                await using var reader = await command.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    _ = reader.GetGuid(0);
                    _ = reader.GetDouble(1);
                    rows++;
                }
                calls++;
                return true;
            }

            var (latency, _) = await Measure.OneClientAsync(Call, WarmUp, Calls, TimeSpan.FromSeconds(60), options.Seed, cancellationToken);
            (figures.OneClient, figures.MeanRows) = (latency, calls == 0 ? 0 : (double)rows / calls);
            // After the warm-up, so that the plan shows the steady state, not PostGIS's first-call set-up.
            figures.Plan = await ExplainAsync(connection, query, cancellationToken);
            figures.Message = PlanCheck.Summarise(figures.Plan);
            Console.WriteLine(figures.Plan);
            Console.WriteLine($"   plan: {figures.Message}");
            Console.WriteLine($"   1 client: p50 {latency.P50Ms:F2} ms, p95 {latency.P95Ms:F2} ms, p99 {latency.P99Ms:F2} ms over {latency.Count} calls, {figures.MeanRows:F1} rows each");

            if (query.UnderPgbench) await RunPgbenchAsync(options, query, figures, sampleSize, cancellationToken);
        }
    }

    private static async Task RunPgbenchAsync(BenchOptions options, BaselineQuery query, QueryFigures figures, int sampleSize, CancellationToken cancellationToken)
    {
        figures.Concurrent = await Pgbench.RunAsync(options, query, sampleSize, PgbenchClients, cancellationToken);
        Console.WriteLine($"   pgbench {PgbenchClients} clients, {options.Seconds} s: {figures.Concurrent.PerSecond:F0} tps, p95 {figures.Concurrent.Latency?.P95Ms:F2} ms");
    }

    private static async Task<string> ExplainAsync(NpgsqlConnection connection, BaselineQuery query, CancellationToken cancellationToken)
    {
        await using var explain = new NpgsqlCommand("EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) " + query.ForNpgsql, connection)
        {
            Parameters = { new() { Value = 1 } },
        };
        await using var reader = await explain.ExecuteReaderAsync(cancellationToken);
        var lines = new List<string>();
        while (await reader.ReadAsync(cancellationToken)) lines.Add("   | " + reader.GetString(0));
        return string.Join('\n', lines);
    }
}
