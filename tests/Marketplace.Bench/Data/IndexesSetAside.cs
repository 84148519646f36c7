using Npgsql;

namespace Marketplace.Bench.Data;

/// <summary>
/// The secondary indexes of the tables being loaded, dropped before the COPY and recreated from
/// their own definitions (pg_get_indexdef) after it: building a GiST index once over a million
/// rows is several times faster than maintaining it row by row. Indexes that back a constraint
/// (primary keys) stay. The database is made afresh by every run, so a run that dies between
/// the two steps leaves nothing behind.
/// </summary>
internal sealed class IndexesSetAside
{
    private readonly List<(string Name, string Definition)> _indexes;

    private IndexesSetAside(List<(string Name, string Definition)> indexes) => _indexes = indexes;

    public int Count => _indexes.Count;

    public static async Task<IndexesSetAside> DropAsync(NpgsqlConnection connection, IReadOnlyList<string> tables, CancellationToken cancellationToken)
    {
        var indexes = new List<(string, string)>();
        await using (var command = new NpgsqlCommand("""
            SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
            FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
            WHERE t.relnamespace = 'public'::regnamespace AND t.relname = ANY($1)
              AND NOT EXISTS (SELECT FROM pg_constraint c WHERE c.conindid = i.indexrelid)
            ORDER BY 1
            """, connection) { Parameters = { new() { Value = tables.ToArray() } } })
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken)) indexes.Add((reader.GetString(0), reader.GetString(1)));
        }
        foreach (var (name, _) in indexes)
        {
            await using var drop = new NpgsqlCommand($"DROP INDEX {name}", connection);
            await drop.ExecuteNonQueryAsync(cancellationToken);
        }
        return new IndexesSetAside(indexes);
    }

    /// <summary>Recreates the indexes over several connections at once (one core each), the biggest first.</summary>
    public async Task RebuildAsync(NpgsqlDataSource dataSource, int connections, CancellationToken cancellationToken)
    {
        var pending = new Queue<string>(_indexes.Select(i => i.Definition).OrderByDescending(BuildCost));
        async Task WorkAsync()
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            await using (var memory = new NpgsqlCommand("SET maintenance_work_mem = '512MB'", connection))
            {
                await memory.ExecuteNonQueryAsync(cancellationToken);
            }
            while (true)
            {
                string definition;
                lock (pending)
                {
                    if (!pending.TryDequeue(out definition!)) return;
                }
                await using var create = new NpgsqlCommand(definition, connection) { CommandTimeout = 600 };
                await create.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        await Task.WhenAll(Enumerable.Range(0, connections).Select(_ => Task.Run(WorkAsync, cancellationToken)));
    }

    // GiST indexes on the big tables take longest; starting them first keeps both connections busy to the end.
    private static int BuildCost(string definition) =>
        (definition.Contains("USING gist", StringComparison.Ordinal) ? 2 : 0) +
        (definition.Contains(" ON public.needs ", StringComparison.Ordinal) ? 1 : 0);
}
