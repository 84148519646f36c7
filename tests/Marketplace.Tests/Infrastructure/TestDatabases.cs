using Marketplace.Api.Data;
using Marketplace.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Marketplace.Tests.Infrastructure;

/// <summary>
/// The test cluster (MARKETPLACE_TEST_DB, started by `make test`) and its template: migrated and
/// loaded with the demo data once per run, then cloned for each test class in a fraction of a
/// second by CREATE DATABASE … TEMPLATE.
/// </summary>
public static class TestDatabases
{
    private const string TemplateName = "marketplace_test_template";
    private static readonly Lazy<Task> Template = new(CreateTemplateAsync);
    // PostgreSQL copies a template for one CREATE DATABASE at a time.
    private static readonly SemaphoreSlim CopyingTemplate = new(1, 1);

    public static string AdminConnectionString =>
        Environment.GetEnvironmentVariable("MARKETPLACE_TEST_DB")
        ?? throw new InvalidOperationException(
            "MARKETPLACE_TEST_DB is not set. Run the tests with `make test`, which starts a PostgreSQL + PostGIS cluster and sets it.");

    /// <summary>A fresh database holding the migrated schema and the demo data; returns its connection string.</summary>
    public static async Task<string> CreateAsync()
    {
        await Template.Value;
        var name = $"marketplace_test_{Guid.NewGuid():N}";
        await CopyingTemplate.WaitAsync();
        try
        {
            await ExecuteAsync($"CREATE DATABASE {name} TEMPLATE {TemplateName}");
        }
        finally
        {
            CopyingTemplate.Release();
        }
        return ConnectionStringFor(name);
    }

    public static async Task DropAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        await ExecuteAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }

    public static string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = database, IncludeErrorDetail = true }.ConnectionString;

    public static PooledDbContextFactory<MarketplaceDbContext> ContextFactory(string connectionString)
    {
        var options = new DbContextOptionsBuilder<MarketplaceDbContext>();
        options.UseMarketplaceDatabase(connectionString);
        return new PooledDbContextFactory<MarketplaceDbContext>(options.Options);
    }

    private static async Task CreateTemplateAsync()
    {
        // Rebuilt every run, so that it always matches the current migrations and demo data.
        await ExecuteAsync($"DROP DATABASE IF EXISTS {TemplateName} WITH (FORCE)");
        await ExecuteAsync($"CREATE DATABASE {TemplateName}");
        // No pooling: a template must have no open connections while it is copied.
        var connectionString = new NpgsqlConnectionStringBuilder(ConnectionStringFor(TemplateName)) { Pooling = false }.ConnectionString;
        await DatabaseMigrator.MigrateAsync(ContextFactory(connectionString), seedDemoData: true, NullLogger.Instance, CancellationToken.None);
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var analyze = new NpgsqlCommand("ANALYZE", connection);
            await analyze.ExecuteNonQueryAsync();
        }
    }

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
