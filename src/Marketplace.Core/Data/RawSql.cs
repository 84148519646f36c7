using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Marketplace.Core.Data;

/// <summary>
/// Reports that are aggregates over many rows are written in SQL and read column by column: the
/// database does the counting, and nothing but the figures crosses the wire.
/// </summary>
internal static class RawSql
{
    public static async Task<List<T>> QueryAsync<T>(
        MarketplaceDbContext db, string sql, IReadOnlyDictionary<string, object> parameters, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = (NpgsqlCommand)db.Database.GetDbConnection().CreateCommand();
            command.CommandText = sql;
            foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var rows = new List<T>();
            while (await reader.ReadAsync(cancellationToken)) rows.Add(read(reader));
            return rows;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public static string? NullableString(this DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
