using System.Diagnostics;
using System.Globalization;
using Marketplace.Bench.Reporting;
using Marketplace.Core.Identity;
using Npgsql;
using NpgsqlTypes;

namespace Marketplace.Bench.Data;

/// <summary>
/// Loads the city into a freshly migrated database: binary COPY with the secondary indexes set
/// aside and foreign-key triggers off, two streams at once (one per core), then the indexes,
/// then VACUUM ANALYZE so that the planner has statistics and the first queries do not pay for
/// setting hint bits on every page, then a checkpoint. Also writes the id samples the measurements draw from and
/// the admin account the API's /dev/token signs for.
/// </summary>
internal static class DataGenerator
{
    private static readonly string[] LoadedTables =
        ["regions", "households", "household_personal_data", "needs", "organisations", "resources", "charity_projects", "charity_project_target_region"];

    public static async Task<GenerationFigures> RunAsync(BenchOptions options, CancellationToken cancellationToken)
    {
        var spec = DataSetSpec.For(options);
        var figures = new GenerationFigures();
        await using var dataSource = BenchDatabase.Open(options.ConnectionString);
        await using var connection = await BenchDatabase.OpenLoaderAsync(dataSource, cancellationToken);
        await EnsureEmptyAsync(connection, cancellationToken);
        var categories = await CategoryMix.LoadAsync(connection, cancellationToken);

        var total = Stopwatch.StartNew();
        var indexes = await IndexesSetAside.DropAsync(connection, LoadedTables, cancellationToken);
        var city = new CityLayout();
        var households = Households.Generate(city, spec);
        var organisations = Providers.Organisations(city, spec);
        var projects = Providers.Projects(city, organisations, categories, spec);
        var (needSample, resourceSample) = (new List<Guid>(), new List<Guid>());

        async Task Copy<TRow>(NpgsqlConnection into, string table, TableCopy<TRow> copy, IEnumerable<TRow> rows)
        {
            var watch = Stopwatch.StartNew();
            var count = await copy.WriteAsync(into, rows, cancellationToken);
            lock (figures) figures.Rows[table] = count;
            Console.WriteLine($"  {table,-30} {count,10:N0} rows  {watch.Elapsed.TotalSeconds,6:F1} s");
        }

        Console.WriteLine($"Loading the city (seed {spec.Seed}, {indexes.Count} secondary indexes set aside):");
        await Copy(connection, "regions", RegionTable(), city.Regions);
        await Copy(connection, "households", Households.Table(), households);
        // The needs are most of the data: they get a connection (and so a server core) of their own.
        var needs = Task.Run(async () =>
        {
            await using var second = await BenchDatabase.OpenLoaderAsync(dataSource, cancellationToken);
            await Copy(second, "needs", Needs.Table(), Needs.Generate(households, categories, spec, needSample));
        }, cancellationToken);
        await Copy(connection, "household_personal_data", Households.PersonalTable(), Households.Personal(households, spec.Seed));
        await Copy(connection, "organisations", Providers.OrganisationTable(), organisations);
        await Copy(connection, "resources", Providers.ResourceTable(), Providers.Resources(organisations, categories, spec, resourceSample));
        await Copy(connection, "charity_projects", Providers.ProjectTable(), projects);
        await Copy(connection, "charity_project_target_region", Providers.TargetRegionTable(),
            projects.SelectMany(p => p.TargetRegions.Select(r => (p.Id, r))));
        await needs;
        figures.CopySeconds = total.Elapsed.TotalSeconds;

        var step = Stopwatch.StartNew();
        await indexes.RebuildAsync(dataSource, connections: 2, cancellationToken);
        (figures.IndexSeconds, figures.IndexesRebuilt) = (step.Elapsed.TotalSeconds, indexes.Count);
        Console.WriteLine($"  {indexes.Count} indexes rebuilt in {figures.IndexSeconds:F1} s");

        step.Restart();
        await BenchDatabase.ExecuteAsync(connection, $"VACUUM (ANALYZE) {string.Join(", ", LoadedTables)}", cancellationToken);
        // Flush now rather than let a timed checkpoint write half a gigabyte during the measurements.
        await BenchDatabase.ExecuteAsync(connection, "CHECKPOINT", cancellationToken);
        figures.VacuumSeconds = step.Elapsed.TotalSeconds;
        Console.WriteLine($"  VACUUM (ANALYZE) and CHECKPOINT in {figures.VacuumSeconds:F1} s");
        figures.Seconds = total.Elapsed.TotalSeconds;

        await WriteSampleAsync(connection, BenchDatabase.NeedSample, needSample, cancellationToken);
        await WriteSampleAsync(connection, BenchDatabase.ResourceSample, resourceSample, cancellationToken);
        await BenchDatabase.ExecuteAsync(connection,
            $"INSERT INTO user_accounts (login, display_name, role, is_active) VALUES ('admin', 'Bench admin', '{Role.Admin}', true)", cancellationToken);
        await using (var size = new NpgsqlCommand("SELECT pg_database_size(current_database())", connection))
        {
            figures.DatabaseBytes = (long)(await size.ExecuteScalarAsync(cancellationToken))!;
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Generated in {figures.Seconds:F1} s (COPY {figures.CopySeconds:F1} s, indexes {figures.IndexSeconds:F1} s, VACUUM ANALYZE + CHECKPOINT {figures.VacuumSeconds:F1} s); database {figures.DatabaseBytes / 1048576.0:N0} MB"));
        return figures;
    }

    private static async Task EnsureEmptyAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT EXISTS (SELECT FROM regions) OR EXISTS (SELECT FROM needs)", connection);
        if ((bool)(await command.ExecuteScalarAsync(cancellationToken))!)
        {
            throw new InvalidOperationException("The database already has data; the benchmark loads a fresh one (scripts/bench.sh recreates marketplace_bench).");
        }
    }

    private static TableCopy<CityRegion> RegionTable() => new TableCopy<CityRegion>("regions")
        .Add("code", NpgsqlDbType.Char, r => r.Code)
        .Add("name", NpgsqlDbType.Varchar, r => r.Name)
        .Add("level", NpgsqlDbType.Varchar, r => r.Level.ToString())
        .Add("parent_code", NpgsqlDbType.Char, r => r.ParentCode)
        .Add("centroid", NpgsqlDbType.Geography, r => r.Centroid)
        .Add("boundary", NpgsqlDbType.Geography, r => r.Boundary);

    /// <summary>A helper table (k, id) with k from 1, so that pgbench can draw an id with <c>\set k random(1, n)</c>.</summary>
    private static async Task WriteSampleAsync(NpgsqlConnection connection, string table, List<Guid> ids, CancellationToken cancellationToken)
    {
        await BenchDatabase.ExecuteAsync(connection, $"CREATE TABLE {table} (k integer PRIMARY KEY, id uuid NOT NULL)", cancellationToken);
        await new TableCopy<(int K, Guid Id)>(table)
            .Add("k", NpgsqlDbType.Integer, s => s.K)
            .Add("id", NpgsqlDbType.Uuid, s => s.Id)
            .WriteAsync(connection, ids.Select((id, i) => (i + 1, id)), cancellationToken);
        await BenchDatabase.ExecuteAsync(connection, $"ANALYZE {table}", cancellationToken);
    }
}
