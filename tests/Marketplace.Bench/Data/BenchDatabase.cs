using Npgsql;

namespace Marketplace.Bench.Data;

/// <summary>Connections to the bench database, with the geography type mapped to NetTopologySuite.</summary>
internal static class BenchDatabase
{
    public const string NeedSample = "bench_need_sample";
    public const string ResourceSample = "bench_resource_sample";

    public static NpgsqlDataSource Open(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        builder.UseNetTopologySuite();
        return builder.Build();
    }

    /// <summary>
    /// A connection for bulk loading. In "replica" mode PostgreSQL fires no foreign-key triggers:
    /// the generator makes consistent keys by construction, and checking three million references
    /// one row at a time would double the load (the role is a superuser on the bench cluster).
    /// </summary>
    public static async Task<NpgsqlConnection> OpenLoaderAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await ExecuteAsync(connection, "SET session_replication_role = replica", cancellationToken);
        return connection;
    }

    public static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The ids of a sample table, in the order of its key k (1-based, as pgbench draws it).</summary>
    public static async Task<List<Guid>> SampleAsync(NpgsqlDataSource dataSource, string table, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT id FROM {table} ORDER BY k");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var ids = new List<Guid>();
        while (await reader.ReadAsync(cancellationToken)) ids.Add(reader.GetGuid(0));
        if (ids.Count == 0) throw new InvalidOperationException($"{table} is empty: run the 'generate' step first.");
        return ids;
    }
}
