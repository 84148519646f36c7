using System.Globalization;
using System.Net;
using Npgsql;

namespace Marketplace.Bench;

/// <summary>The command line of one step; scripts/bench.sh runs the steps in order and passes every setting.</summary>
internal sealed record BenchOptions
{
    public const string Usage = """
        usage: Marketplace.Bench <generate|sql|http|report> [options]
          --db <connection string>   default: $ConnectionStrings__Marketplace (127.0.0.1 only)
          --results <file>           where the figures are kept between steps (default .data/bench-results.json)
          --api <url>                the API under test (default http://127.0.0.1:5082; loopback only)
          --api-pid <pid>            the API's process, sampled for its working set
          --pgbench <path>           default /usr/lib/postgresql/15/bin/pgbench
          --scale <factor>           data set size relative to the city (default 1: 1,000,000 needs)
          --seconds <n>              length of each throughput run (default 20)
          --requests <n>             measured requests of each one-client latency run (default 2000)
          --load-before <loadavg>    the machine's load average before the run, for the report
          --queries <keys>           http: only these queries, comma-separated (e.g. api.suggestMatches,api.me)
        """;

    public required string Verb { get; init; }
    public required string ConnectionString { get; init; }
    public string ResultsPath { get; init; } = ".data/bench-results.json";
    public Uri ApiUrl { get; init; } = new("http://127.0.0.1:5082");
    public int? ApiPid { get; init; }
    public string Pgbench { get; init; } = "/usr/lib/postgresql/15/bin/pgbench";
    public double Scale { get; init; } = 1.0;
    public int Seconds { get; init; } = 20;
    public int Requests { get; init; } = 2000;
    public string? LoadBefore { get; init; }
    public IReadOnlySet<string>? Queries { get; init; }

    /// <summary>One seed for everything generated, so that two runs measure the same city.</summary>
    public int Seed { get; init; } = 20_261_122;

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0 || args[0] is not ("generate" or "sql" or "http" or "report"))
        {
            throw new ArgumentException("Give a step: generate, sql, http or report.");
        }
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i < args.Count; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Count)
            {
                throw new ArgumentException($"Expected '--option value', got '{args[i]}'.");
            }
            values[args[i][2..]] = args[i + 1];
        }
        string? Get(string key) => values.Remove(key, out var value) ? value : null;
        int Int(string key, int fallback) => Get(key) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

        var options = new BenchOptions
        {
            Verb = args[0],
            ConnectionString = Get("db") ?? Environment.GetEnvironmentVariable("ConnectionStrings__Marketplace") ?? "",
            ResultsPath = Get("results") ?? ".data/bench-results.json",
            ApiUrl = Get("api") is { } api ? new Uri(api) : new Uri("http://127.0.0.1:5082"),
            ApiPid = Get("api-pid") is { } pid ? int.Parse(pid, CultureInfo.InvariantCulture) : null,
            Pgbench = Get("pgbench") ?? "/usr/lib/postgresql/15/bin/pgbench",
            Scale = Get("scale") is { } scale ? double.Parse(scale, CultureInfo.InvariantCulture) : 1.0,
            Seconds = Int("seconds", 20),
            Requests = Int("requests", 2000),
            LoadBefore = Get("load-before"),
            Queries = Get("queries") is { } keys ? keys.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal) : null,
        };
        if (values.Count > 0) throw new ArgumentException($"Unknown option(s): {string.Join(", ", values.Keys)}.");
        options.CheckLoopback();
        return options;
    }

    /// <summary>
    /// The benchmark drops and loads data and puts load on a server: it must never reach
    /// anything but this machine's loopback interface.
    /// </summary>
    private void CheckLoopback()
    {
        if (Verb != "report")
        {
            var host = new NpgsqlConnectionStringBuilder(ConnectionString).Host;
            if (string.IsNullOrEmpty(host) || !IsLoopback(host))
            {
                throw new ArgumentException($"The database must be on 127.0.0.1 (got host '{host}'); set --db or ConnectionStrings__Marketplace.");
            }
        }
        if (!IsLoopback(ApiUrl.Host)) throw new ArgumentException($"The API must be on 127.0.0.1 (got {ApiUrl}).");
        if (Scale is <= 0 or > 1) throw new ArgumentException("--scale must be in (0, 1].");
        if (Seconds is < 1 or > 300 || Requests is < 10 or > 100_000) throw new ArgumentException("--seconds must be 1-300 and --requests 10-100000.");
    }

    private static bool IsLoopback(string host) =>
        host == "localhost" || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
}
