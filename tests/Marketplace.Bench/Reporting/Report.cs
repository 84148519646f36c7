using System.Globalization;

namespace Marketplace.Bench.Reporting;

/// <summary>The figures of a run as one table, then the issue's targets, each passed, missed or not measured yet.</summary>
internal static class Report
{
    private const double P95TargetMs = 5, GenerationTargetSeconds = 120, WorkingSetTargetMb = 600, AggregateTargetMs = 200;

    public static void Print(BenchResults results, TextWriter output)
    {
        var line = new string('-', 118);
        output.WriteLine();
        output.WriteLine($"Marketplace benchmark: {Environment.ProcessorCount} CPUs, loopback only");
        output.WriteLine("  load average: " + string.Join(", ", results.LoadAverage.Select(l => F($"{l.Key} {l.Value:F2}"))));
        if (results.LoadAverage.TryGetValue("before the run", out var before) && before > 0.5)
        {
            output.WriteLine(F($"  WARNING: the machine was busy before the run (load {before:F2} on {Environment.ProcessorCount} CPUs): the figures are pessimistic"));
        }
        if (results.Generation is { } g)
        {
            output.WriteLine("  data set: " + string.Join(", ", g.Rows.Select(r => F($"{r.Value:N0} {r.Key}"))));
            output.WriteLine(F($"  generated in {g.Seconds:F1} s: COPY {g.CopySeconds:F1} s, {g.IndexesRebuilt} indexes {g.IndexSeconds:F1} s, VACUUM ANALYZE + CHECKPOINT {g.VacuumSeconds:F1} s; database {g.DatabaseBytes / 1048576.0:N0} MB"));
        }
        output.WriteLine(line);
        output.WriteLine($"{"query",-48} {"1 client: p50",13} {"p95",7} {"p99",7} {"rows",5} | {"concurrent",12} {"per s",7} {"p50",7} {"p95",7} {"p99",7}");
        output.WriteLine(line);
        foreach (var q in results.Queries)
        {
            if (q.Status != "ok")
            {
                output.WriteLine($"{q.Label,-48} {q.Message}");
                continue;
            }
            var one = q.OneClient is { } l ? F($"{l.P50Ms,13:F2} {l.P95Ms,7:F2} {l.P99Ms,7:F2}") : new string(' ', 29);
            var many = q.Concurrent is { } c
                ? F($"{c.Tool + " x" + c.Clients,12} {c.PerSecond,7:F0} {c.Latency?.P50Ms,7:F2} {c.Latency?.P95Ms,7:F2} {c.Latency?.P99Ms,7:F2}")
                : "";
            output.WriteLine(F($"{q.Label,-48} {one} {q.MeanRows,5:F1} | {many}"));
        }
        output.WriteLine(line);
        output.WriteLine("(milliseconds; 'rows' = results per call, on average)");
        foreach (var q in results.Queries.Where(q => q.Plan is not null)) output.WriteLine($"plan of {q.Label}: {q.Message}");
        if (results.ApiMemory is { } m)
        {
            output.WriteLine(F($"API working set: peak {m.PeakMegabytes:F0} MB (VmHWM), highest sample under load {m.MaxSampledMegabytes:F0} MB, {m.AfterLoadMegabytes:F0} MB after ({m.Samples} samples)"));
        }
        output.WriteLine();
        output.WriteLine("Targets (issue 4, Speed):");
        foreach (var (verdict, text) in Targets(results)) output.WriteLine($"  [{verdict}] {text}");
        output.WriteLine(F($"Targets (issue 5, aggregates under {AggregateTargetMs:F0} ms, p95 with 1 client):"));
        foreach (var q in results.Queries.Where(q => q.IsAggregate))
        {
            output.WriteLine(q.OneClient is { } l
                ? F($"  [{Verdict(l.P95Ms < AggregateTargetMs)}] {q.Label}: p95 {l.P95Ms:F1} ms")
                : $"  [----] {q.Label}: not measured ({q.Message})");
        }
    }

    private static IEnumerable<(string Verdict, string Text)> Targets(BenchResults results)
    {
        yield return results.Generation is { } g
            ? (Verdict(g.Seconds < GenerationTargetSeconds), F($"data set generated in < {GenerationTargetSeconds:F0} s: {g.Seconds:F1} s"))
            : ("----", "data set generation: not run");

        var api = results.Find("api.suggestMatches");
        yield return api?.OneClient is { } l
            ? (Verdict(l.P95Ms <= P95TargetMs), F($"suggestMatches p95 <= {P95TargetMs} ms with 1 client: {l.P95Ms:F2} ms"))
            : ("----", $"suggestMatches p95 <= {P95TargetMs} ms with 1 client: not measured ({api?.Message ?? "not run"})");
        // "The same SQL": the statements the API sends, in one round trip as it sends them. The
        // single nearest-resources scan is the floor of any implementation, shown for information.
        yield return Throughput("suggestMatches vs its own statements (1 round trip)", api, results.Find("sql.match-api"));
        yield return Throughput("suggestMatches vs the single nearest-resources scan (for information)", api, results.Find("sql.match"));
        yield return Throughput("suggestNeedsForResource vs the single scan (for information)", results.Find("api.suggestNeedsForResource"), results.Find("sql.reverse"));
        if (api is { ApiCpuMsPerRequest: { } layers, DatabaseCpuMsPerRequest: { } database })
        {
            yield return ("info", F($"suggestMatches CPU per request under 4 clients: API (HTTP, GraphQL, EF) {layers:F2} ms, PostgreSQL {database:F2} ms: the layers cost {layers / database:F2}x the database"));
        }

        yield return results.ApiMemory is { PeakMegabytes: > 0 } m
            ? (Verdict(m.PeakMegabytes <= WorkingSetTargetMb), F($"API working set <= {WorkingSetTargetMb} MB: peak {m.PeakMegabytes:F0} MB"))
            : ("----", $"API working set <= {WorkingSetTargetMb} MB: not measured");
    }

    // The GraphQL, HTTP and EF layers may at most double the database's cost.
    private static (string, string) Throughput(string name, QueryFigures? api, QueryFigures? sql)
    {
        var rule = $"{name}: 4 clients >= half of pgbench's 2-client tps";
        if (sql?.Concurrent is not { } floor) return ("----", $"{rule}: no pgbench figure");
        if (api?.Concurrent is not { } measured) return ("----", F($"{rule} (>= {floor.PerSecond / 2:F0}/s): not measured ({api?.Message ?? "not run"})"));
        return (Verdict(measured.PerSecond >= floor.PerSecond / 2), F($"{rule}: {measured.PerSecond:F0}/s vs {floor.PerSecond:F0} tps (need >= {floor.PerSecond / 2:F0}/s)"));
    }

    private static string Verdict(bool passed) => passed ? "PASS" : "MISS";

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
