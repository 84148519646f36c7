using System.Globalization;

namespace Marketplace.Bench.Http;

/// <summary>
/// CPU time spent by the API process and by PostgreSQL's processes (every process named
/// "postgres" on the machine: the bench cluster's backends do the work) between two readings of
/// /proc. Divided by the requests served in between, it tells what each layer costs per request,
/// which throughput alone cannot on two cores shared by the API, the database and the client.
/// </summary>
internal sealed record ProcessCpu(double ApiSeconds, double DatabaseSeconds)
{
    private static readonly double TicksPerSecond = 100; // USER_HZ, 100 on Linux

    public static ProcessCpu? Read(int? apiPid)
    {
        if (apiPid is not { } pid || !File.Exists($"/proc/{pid}/stat")) return null;
        var database = 0.0;
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            var name = Path.GetFileName(directory);
            if (!int.TryParse(name, out _)) continue;
            try
            {
                if (File.ReadAllText(Path.Combine(directory, "comm")).Trim() == "postgres") database += SecondsOf(directory);
            }
            catch (IOException)
            {
                // The process ended between the listing and the reading: its time is not counted.
            }
        }
        return new ProcessCpu(SecondsOf($"/proc/{pid}"), database);
    }

    public ProcessCpu Since(ProcessCpu start) => new(ApiSeconds - start.ApiSeconds, DatabaseSeconds - start.DatabaseSeconds);

    /// <summary>utime + stime of /proc/&lt;pid&gt;/stat (fields 14 and 15; the name in field 2 may hold spaces).</summary>
    private static double SecondsOf(string directory)
    {
        var stat = File.ReadAllText(Path.Combine(directory, "stat"));
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        // fields[0] is field 3 (state): utime is field 14, stime field 15.
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
    }
}
