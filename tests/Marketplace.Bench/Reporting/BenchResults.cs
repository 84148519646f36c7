using System.Text.Json;

namespace Marketplace.Bench.Reporting;

/// <summary>
/// Every figure of a run. Each step is a process of its own (the script starts and stops the API
/// between them), so the figures travel from step to step in a JSON file.
/// </summary>
internal sealed class BenchResults
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public GenerationFigures? Generation { get; set; }
    public List<QueryFigures> Queries { get; init; } = [];
    public MemoryFigures? ApiMemory { get; set; }

    /// <summary>
    /// The one-minute load average before the run (scripts/bench.sh reads it before building) and
    /// as each step began. The machine may be shared, and other work skews every figure; the
    /// later readings include this run's own previous step.
    /// </summary>
    public Dictionary<string, double> LoadAverage { get; init; } = [];

    public void RecordLoad(string when)
    {
        if (File.Exists("/proc/loadavg")) LoadAverage[when] = ParseLoad(File.ReadAllText("/proc/loadavg"));
    }

    public static double ParseLoad(string loadavg) =>
        double.Parse(loadavg.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The figures of one query, replacing those of an earlier run of the same step.</summary>
    public QueryFigures Start(string key, string label)
    {
        Queries.RemoveAll(q => q.Key == key);
        var figures = new QueryFigures { Key = key, Label = label };
        Queries.Add(figures);
        return figures;
    }

    public QueryFigures? Find(string key) => Queries.Find(q => q.Key == key);

    public static BenchResults Load(string path) =>
        File.Exists(path) ? JsonSerializer.Deserialize<BenchResults>(File.ReadAllText(path), Json) ?? new() : new();

    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, JsonSerializer.Serialize(this, Json));
    }
}

internal sealed class GenerationFigures
{
    public double Seconds { get; set; }
    public double CopySeconds { get; set; }
    public double IndexSeconds { get; set; }
    public double VacuumSeconds { get; set; }
    public int IndexesRebuilt { get; set; }
    public Dictionary<string, ulong> Rows { get; init; } = [];
    public long DatabaseBytes { get; set; }
}

internal sealed class QueryFigures
{
    public required string Key { get; init; }
    public required string Label { get; init; }

    /// <summary>One of the office's aggregates (issue 5): measured with one client, against 200 ms.</summary>
    public bool IsAggregate { get; set; }

    /// <summary>ok, missing (the field is not in the schema yet) or error.</summary>
    public string Status { get; set; } = "ok";
    public string? Message { get; set; }
    public Latency? OneClient { get; set; }
    public Throughput? Concurrent { get; set; }

    /// <summary>How many rows or suggestions a call returned on average: an empty answer is cheap and proves nothing.</summary>
    public double? MeanRows { get; set; }
    public string? Plan { get; set; }

    /// <summary>CPU time per request during the 4-client run: the API process's, and PostgreSQL's.</summary>
    public double? ApiCpuMsPerRequest { get; set; }
    public double? DatabaseCpuMsPerRequest { get; set; }
}

internal sealed record Latency(int Count, double MeanMs, double P50Ms, double P95Ms, double P99Ms, double MaxMs)
{
    public double PerSecond => MeanMs > 0 ? 1000 / MeanMs : 0;

    public static Latency Of(List<double> milliseconds)
    {
        if (milliseconds.Count == 0) return new Latency(0, 0, 0, 0, 0, 0);
        milliseconds.Sort();
        // Nearest-rank percentile: the smallest value with at least p% of the samples at or below it.
        double At(double p) => milliseconds[Math.Clamp((int)Math.Ceiling(p / 100 * milliseconds.Count) - 1, 0, milliseconds.Count - 1)];
        return new Latency(milliseconds.Count, milliseconds.Average(), At(50), At(95), At(99), milliseconds[^1]);
    }
}

internal sealed record Throughput(string Tool, int Clients, double Seconds, long Requests, long Errors, double PerSecond, Latency? Latency);

/// <summary>The API process's resident set: VmHWM is the kernel's own peak since the process started.</summary>
internal sealed record MemoryFigures(double PeakMegabytes, double MaxSampledMegabytes, double AfterLoadMegabytes, int Samples);
