using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Marketplace.Core.Data;

/// <summary>
/// Statements EF Core does not write, read column by column: reports that are aggregates over many
/// rows (the database does the counting, and nothing but the figures crosses the wire), and the
/// suggestions' batch (Matching/NeedCandidatesReader).
/// </summary>
internal static class RawSql
{
    public static Task<List<T>> QueryAsync<T>(
        MarketplaceDbContext db, string sql, IReadOnlyDictionary<string, object> parameters, Func<DbDataReader, T> read, CancellationToken cancellationToken) =>
        OnConnectionAsync(db, async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var rows = new List<T>();
            while (await reader.ReadAsync(cancellationToken)) rows.Add(read(reader));
            return rows;
        }, cancellationToken);

    /// <summary>
    /// A statement sent the way EF Core sends its own raw SQL: in the context's transaction, through
    /// its logging and interceptors (the tests' statement counter sees it). For statements that
    /// write as they read, whose rows say what they did (the risk model's scoring).
    /// </summary>
    public static async Task<List<T>> QueryInContextAsync<T>(
        MarketplaceDbContext db, string sql, IReadOnlyDictionary<string, object?> parameters, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        var command = db.GetService<IRawSqlCommandBuilder>().Build(
            sql, [.. parameters.Select(p => new NpgsqlParameter(p.Key, p.Value ?? DBNull.Value))], db.Model);
        await using var reader = await command.RelationalCommand.ExecuteReaderAsync(new RelationalCommandParameterObject(
            db.GetService<IRelationalConnection>(), command.ParameterValues, null, db, db.GetService<IRelationalCommandDiagnosticsLogger>()), cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken)) rows.Add(read(reader.DbDataReader));
        return rows;
    }

    /// <summary>Work on the context's own connection, opened for it: the same pool and settings (DataSetup) as every other read.</summary>
    public static async Task<T> OnConnectionAsync<T>(MarketplaceDbContext db, Func<NpgsqlConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return await work((NpgsqlConnection)db.Database.GetDbConnection());
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public static string? NullableString(this DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
