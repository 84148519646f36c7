using Marketplace.Bench.Data;

namespace Marketplace.Bench.Sql;

/// <summary>
/// A matching query as raw SQL. <c>{k}</c> stands for the sample key: <c>$1</c> from Npgsql,
/// <c>:k</c> in pgbench's script, so both run the very same statement. The id is looked up in
/// the sample table (a primary-key probe, a few microseconds) because pgbench cannot draw a uuid.
/// </summary>
internal sealed record BaselineQuery(string Key, string Label, string SampleTable, string Sql, bool UnderPgbench, bool PgbenchOnly = false)
{
    public string ForNpgsql => Sql.Replace("{k}", "$1", StringComparison.Ordinal);

    /// <summary>pgbench's script: one line per statement (pgbench ends a command at the end of the line).</summary>
    public string ForPgbench => string.Join('\n', Sql.Replace("{k}", ":k", StringComparison.Ordinal)
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

    // What the API itself sends for one suggestMatches, as EF Core writes it (the statement log
    // at log_min_duration_statement = 0 shows the same text): the need with its household's risk
    // and the projects targeting its regions; then the nearest open resources of each category
    // that may serve it (the need's own and those above it, from the taxonomy the API caches:
    // here from bench_need_serving). The throughput rule compares the API with this.
    public static readonly BaselineQuery ApiStatementsForNeed = new(
        "sql.match-api", "raw SQL: suggestMatches' own 2 statements", BenchDatabase.NeedServing, """
        SELECT s.id, s.cancellation_reason, s.category_code, s.claimed_at, s.claimed_by, s.clearance_note, s.cleared_at, s.due_date, s.household_id,
               s.is_recurring, s.last_activity_at, s.location, s.private_description, s.public_summary, s.quantity, s.region_code, s.reported_at,
               s.reported_by, s.status, s.unit, s.urgency, s.verified_at, s.xmin, s.risk_level, s.code, s.code0, s.id0, c1.id, c1.capacity_households,
               c1.category_codes, c1.description, c1.ends_on, c1.funded_by, c1.name, c1.organisation_id, c1.remaining_capacity, c1.starts_on, c1.status, c1.xmin
        FROM (
            SELECT n.id, n.cancellation_reason, n.category_code, n.claimed_at, n.claimed_by, n.clearance_note, n.cleared_at, n.due_date, n.household_id,
                   n.is_recurring, n.last_activity_at, n.location, n.private_description, n.public_summary, n.quantity, n.region_code, n.reported_at,
                   n.reported_by, n.status, n.unit, n.urgency, n.verified_at, n.xmin, h.risk_level, r.code, r0.code AS code0, h.id AS id0, r0.parent_code
            FROM needs AS n
            INNER JOIN regions AS r ON n.region_code = r.code
            LEFT JOIN regions AS r0 ON r.parent_code = r0.code
            INNER JOIN households AS h ON n.household_id = h.id
            WHERE n.id = (SELECT id FROM bench_need_serving WHERE k = {k})
            LIMIT 2) AS s
        LEFT JOIN LATERAL (
            SELECT c.id, c.capacity_households, c.category_codes, c.description, c.ends_on, c.funded_by, c.name, c.organisation_id, c.remaining_capacity,
                   c.starts_on, c.status, c.xmin
            FROM charity_projects AS c
            WHERE c.status = 'Active' AND c.remaining_capacity > 0 AND (c.ends_on IS NULL OR c.ends_on >= current_date) AND EXISTS (
                SELECT 1 FROM charity_project_target_region AS c0
                WHERE c.id = c0.charity_project_id AND (c0.region_code = s.region_code OR c0.region_code = s.code0 OR c0.region_code = s.parent_code))
        ) AS c1 ON TRUE
        ORDER BY s.id, s.code, s.code0, s.id0;
        SELECT m.id, m.available_from, m.available_until, m.category_code, m.description, m.kind, m.location, m.organisation_id, m.posted_at,
               m.quantity, m.remaining_capacity, m.service_radius_meters, m.status, m.title, m.unit, m.xmin, ST_Distance(m.location, t.location) AS "Distance"
        FROM bench_need_serving t
        CROSS JOIN LATERAL (
            SELECT r.* FROM needs n
            CROSS JOIN unnest(t.serving) AS c(code)
            CROSS JOIN LATERAL (
                SELECT r.*, r.xmin FROM resources r
                WHERE r.status = 'Open' AND r.category_code = c.code AND r.remaining_capacity > 0
                  AND (r.available_until IS NULL OR r.available_until >= current_date)
                  AND ST_DWithin(r.location, n.location, 20000)
                  AND ST_DWithin(r.location, n.location, r.service_radius_meters)
                ORDER BY r.location <-> n.location
                LIMIT 30) r
            WHERE n.id = t.id
            ORDER BY r.location <-> n.location
            LIMIT 30) AS m
        WHERE t.k = {k};
        """, UnderPgbench: true, PgbenchOnly: true);

    public static IReadOnlyList<BaselineQuery> All { get; } = [ResourcesForNeed, ResourcesForNeedJoin, ApiStatementsForNeed, NeedsForResource];
}
