using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Marketplace.Bench.Reporting;
using Npgsql;

namespace Marketplace.Bench.Sql;

/// <summary>
/// PostgreSQL's own load generator on one query: prepared statements, a random sample key per
/// transaction, fixed duration. Its per-transaction log (-l) gives the latency percentiles.
/// </summary>
internal static partial class Pgbench
{
    public const string ApiSessionOptions = "-c jit=off -c plan_cache_mode=force_generic_plan";

    public static async Task<Throughput> RunAsync(
        BenchOptions options, BaselineQuery query, int sampleSize, int clients, CancellationToken cancellationToken)
    {
        var work = Directory.CreateTempSubdirectory("marketplace-pgbench-");
        try
        {
            var script = Path.Combine(work.FullName, "query.sql");
            await File.WriteAllTextAsync(script, $"\\set k random(1, {sampleSize})\n{query.ForPgbench}\n", cancellationToken);
            var db = new NpgsqlConnectionStringBuilder(options.ConnectionString);
            var start = new ProcessStartInfo(options.Pgbench)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = work.FullName,
                // The session settings of the API's connections (DataSetup.Tuned in the API).
                Environment = { ["PGPASSWORD"] = db.Password ?? "", ["PGOPTIONS"] = ApiSessionOptions },
            };
            foreach (var arg in new[]
            {
                "-n", "-M", "prepared", "-c", $"{clients}", "-j", $"{clients}", "-T", $"{options.Seconds}", "-f", script,
                "-l", "--log-prefix", Path.Combine(work.FullName, "tx"),
                "-h", db.Host!, "-p", $"{db.Port}", "-U", db.Username!, db.Database!,
            })
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {options.Pgbench}.");
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(TimeSpan.FromSeconds(options.Seconds + 60));
            try
            {
                await process.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"pgbench ran past {options.Seconds + 60} s and was stopped.");
            }
            var text = await output;
            if (process.ExitCode != 0) throw new InvalidOperationException($"pgbench failed ({process.ExitCode}):\n{text}\n{await errors}");

            var latencies = ReadLogs(work.FullName);
            var failed = Failed().Match(text) is { Success: true } f ? long.Parse(f.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
            return new Throughput("pgbench", clients, options.Seconds, latencies.Count, failed,
                double.Parse(Tps().Match(text).Groups[1].Value, CultureInfo.InvariantCulture), Latency.Of(latencies));
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    // One line per transaction: client_id transaction_no latency_us script_no epoch_s epoch_us.
    private static List<double> ReadLogs(string directory) =>
        [.. Directory.EnumerateFiles(directory, "tx.*")
            .SelectMany(File.ReadLines)
            .Select(line => line.Split(' '))
            .Where(fields => fields.Length >= 3)
            .Select(fields => double.Parse(fields[2], CultureInfo.InvariantCulture) / 1000)];

    [GeneratedRegex(@"tps = ([0-9.]+) \(without initial connection time\)")]
    private static partial Regex Tps();

    [GeneratedRegex(@"number of failed transactions: (\d+)")]
    private static partial Regex Failed();
}
