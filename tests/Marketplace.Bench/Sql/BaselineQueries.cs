using Marketplace.Bench.Data;
using Marketplace.Core.Matching;

namespace Marketplace.Bench.Sql;

/// <summary>
/// A matching query as raw SQL. <c>{k}</c> stands for the sample key: <c>$1</c> from Npgsql,
/// <c>:k</c> in pgbench's script, so both run the very same statement. The id is looked up in
/// the sample table (a primary-key probe, a few microseconds) because pgbench cannot draw a uuid.
/// </summary>
internal sealed record BaselineQuery(
    string Key, string Label, string SampleTable, string Sql, bool UnderPgbench, bool PgbenchOnly = false, bool Pipelined = false,
    string? PgbenchVariables = null)
{
    public string ForNpgsql => Sql.Replace("{k}", "$1", StringComparison.Ordinal);

    /// <summary>
    /// pgbench's script: one line per statement (pgbench ends a command at the end of the line);
    /// pipelined, the statements go out together and are answered together, as in an Npgsql batch.
    /// </summary>
    public string ForPgbench => (PgbenchVariables is null ? "" : PgbenchVariables + "\n")
        + (Pipelined ? $"\\startpipeline\n{Statements}\n\\endpipeline" : Statements);

    private string Statements => string.Join('\n', Sql.Replace("{k}", ":k", StringComparison.Ordinal)
        .Split(";\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(statement => string.Join(' ', statement.TrimEnd(';').Split('\n', StringSplitOptions.TrimEntries)) + ";"));
}

internal static class BaselineQueries
{
    // Open resources of the need's category with capacity left, that reach the need: the
    // nearest first. In a LATERAL subquery the need's point is a parameter of the inner scan,
    // so the partial GiST index on (category_code, location) WHERE status = 'Open' both filters
    // and orders by distance (an index-ordered KNN scan that stops after 10 rows).
    // ST_DWithin(…, 5000) is the data set's largest radius: it bounds the scan when fewer than
    // 10 resources reach the need; the per-row radius alone cannot be an index condition.
    public static readonly BaselineQuery ResourcesForNeed = new(
        "sql.match", "raw SQL: resources for a need (LATERAL, KNN)", BenchDatabase.NeedSample, """
        SELECT m.id, ST_Distance(m.location, n.location) AS distance_meters
        FROM needs n
        CROSS JOIN LATERAL (
            SELECT r.id, r.location FROM resources r
            WHERE r.status = 'Open' AND r.category_code = n.category_code AND r.remaining_capacity > 0
              AND (r.available_until IS NULL OR r.available_until >= current_date)
              AND ST_DWithin(r.location, n.location, 5000)
              AND ST_DWithin(r.location, n.location, r.service_radius_meters)
            ORDER BY r.location <-> n.location
            LIMIT 10) m
        WHERE n.id = (SELECT id FROM bench_need_sample WHERE k = {k})
        ORDER BY m.location <-> n.location
        """, UnderPgbench: true);

    // The same question as a plain join: the planner cannot order the inner scan by a distance
    // to a row of the outer one, so it fetches every candidate within 5 km and sorts them.
    public static readonly BaselineQuery ResourcesForNeedJoin = new(
        "sql.match-join", "raw SQL: resources for a need (plain join + sort)", BenchDatabase.NeedSample, """
        SELECT r.id, ST_Distance(r.location, n.location) AS distance_meters
        FROM resources r, needs n
        WHERE n.id = (SELECT id FROM bench_need_sample WHERE k = {k})
          AND r.status = 'Open' AND r.category_code = n.category_code AND r.remaining_capacity > 0
          AND (r.available_until IS NULL OR r.available_until >= current_date)
          AND ST_DWithin(r.location, n.location, 5000)
          AND ST_DWithin(r.location, n.location, r.service_radius_meters)
        ORDER BY r.location <-> n.location
        LIMIT 10
        """, UnderPgbench: false);

    // The reverse: needs still awaiting help, of the resource's category, within its radius,
    // nearest first. Here the radius is the outer row's, so it is an index condition as it is.
    public static readonly BaselineQuery NeedsForResource = new(
        "sql.reverse", "raw SQL: needs for a resource (LATERAL, KNN)", BenchDatabase.ResourceSample, """
        SELECT m.id, ST_Distance(m.location, r.location) AS distance_meters
        FROM resources r
        CROSS JOIN LATERAL (
            SELECT n.id, n.location FROM needs n
            WHERE n.status IN ('Reported', 'Verified', 'Claimed') AND n.category_code = r.category_code
              AND ST_DWithin(n.location, r.location, r.service_radius_meters)
            ORDER BY n.location <-> r.location
            LIMIT 10) m
        WHERE r.id = (SELECT id FROM bench_resource_sample WHERE k = {k})
        ORDER BY m.location <-> r.location
        """, UnderPgbench: true);

    // What the API itself sends for one suggestMatches (SuggestionSql), as one pipeline: the need
    // with its household's risk and the projects targeting its regions, and the nearest open
    // resources of each category that may serve it. The need's id is looked up by the sample key
    // (pgbench cannot draw a uuid), today is current_date, and the radius and the number of
    // candidates stay parameters, as in the API's generic plan, with the API's values for a
    // default request (20 km; 10 suggestions, 3 candidates each). The throughput rule
    // compares the API with this.
    public static readonly BaselineQuery ApiStatementsForNeed = new(
        "sql.match-api", "raw SQL: suggestMatches' own statements, batched", BenchDatabase.NeedSample,
        string.Join(";\n", [SuggestionSql.NeedInContext, SuggestionSql.NearestResources])
            .Replace("$1", "(SELECT id FROM bench_need_sample WHERE k = {k})", StringComparison.Ordinal)
            .Replace("$2", "current_date", StringComparison.Ordinal)
            .Replace("$3", ":radius", StringComparison.Ordinal)
            .Replace("$4", ":candidates", StringComparison.Ordinal),
        UnderPgbench: true, PgbenchOnly: true, Pipelined: true,
        PgbenchVariables: $"\\set radius {MatchSuggester.DefaultSearchRadiusMeters:0}\n\\set candidates 30");

    public static IReadOnlyList<BaselineQuery> All { get; } = [ResourcesForNeed, ResourcesForNeedJoin, ApiStatementsForNeed, NeedsForResource];
}
