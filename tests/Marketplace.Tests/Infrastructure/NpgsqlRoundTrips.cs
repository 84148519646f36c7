using System.Diagnostics;

namespace Marketplace.Tests.Infrastructure;

/// <summary>
/// Records every command or batch Npgsql sends to one database, whoever sends it (EF Core or
/// Npgsql directly): one entry per round trip, with its SQL. Listens to Npgsql's tracing source
/// while it lives; other test classes' databases are told apart by name.
/// </summary>
public sealed class NpgsqlRoundTrips : IDisposable
{
    private readonly ActivityListener _listener;
    private readonly List<string> _sent = [];

    public NpgsqlRoundTrips(string database)
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activity.GetTagItem("db.namespace") as string != database) return;
                lock (_sent) _sent.Add(activity.GetTagItem("db.query.text") as string ?? "");
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>The SQL of each round trip since the last call.</summary>
    public IReadOnlyList<string> Take()
    {
        lock (_sent)
        {
            var sent = _sent.ToList();
            _sent.Clear();
            return sent;
        }
    }

    public void Dispose() => _listener.Dispose();
}
