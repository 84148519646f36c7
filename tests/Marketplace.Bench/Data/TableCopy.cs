using Npgsql;
using NpgsqlTypes;

namespace Marketplace.Bench.Data;

/// <summary>
/// A binary COPY of generated rows into one table. Columns are declared with how to compute
/// them; only those the live schema has are copied, so a column added by a later migration
/// that is nullable or has a default does not break the benchmark, and one that is required
/// stops it with a message saying what to add here.
/// </summary>
internal sealed class TableCopy<TRow>(string table)
{
    private readonly List<Column> _columns = [];

    public TableCopy<TRow> Add<T>(string name, NpgsqlDbType type, Func<TRow, T> value)
    {
        _columns.Add(new Column<T>(name, type, value));
        return this;
    }

    public async Task<ulong> WriteAsync(NpgsqlConnection connection, IEnumerable<TRow> rows, CancellationToken cancellationToken)
    {
        var live = await LiveColumnsAsync(connection, cancellationToken);
        var declared = _columns.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var missing = live.Where(c => c.Value && !declared.Contains(c.Key)).Select(c => c.Key).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException(
                $"{table} has required column(s) the bench generator does not fill: {string.Join(", ", missing)}. " +
                "Add them in tests/Marketplace.Bench/Data/.");
        }
        var used = _columns.Where(c => live.ContainsKey(c.Name)).ToList();

        var copy = $"COPY {table} ({string.Join(", ", used.Select(c => c.Name))}) FROM STDIN (FORMAT BINARY)";
        await using var importer = await connection.BeginBinaryImportAsync(copy, cancellationToken);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken);
            foreach (var column in used) await column.WriteAsync(importer, row, cancellationToken);
        }
        return await importer.CompleteAsync(cancellationToken);
    }

    /// <summary>Column name → whether a value is required (NOT NULL, no default, not generated).</summary>
    private async Task<Dictionary<string, bool>> LiveColumnsAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            SELECT column_name, is_nullable = 'NO' AND column_default IS NULL AND is_identity = 'NO' AND is_generated = 'NEVER'
            FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1
            """, connection) { Parameters = { new() { Value = table } } };
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var columns = new Dictionary<string, bool>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken)) columns[reader.GetString(0)] = reader.GetBoolean(1);
        if (columns.Count == 0) throw new InvalidOperationException($"Table {table} does not exist: was the database migrated?");
        return columns;
    }

    private abstract record Column(string Name)
    {
        public abstract Task WriteAsync(NpgsqlBinaryImporter importer, TRow row, CancellationToken cancellationToken);
    }

    // Typed, so that a million rows are written without boxing every value.
    private sealed record Column<T>(string Name, NpgsqlDbType Type, Func<TRow, T> Value) : Column(Name)
    {
        public override Task WriteAsync(NpgsqlBinaryImporter importer, TRow row, CancellationToken cancellationToken)
        {
            var value = Value(row);
            return value is null ? importer.WriteNullAsync(cancellationToken) : importer.WriteAsync(value, Type, cancellationToken);
        }
    }
}
