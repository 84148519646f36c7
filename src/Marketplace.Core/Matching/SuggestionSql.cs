using Marketplace.Core.Categories;

namespace Marketplace.Core.Matching;

/// <summary>
/// The two statements a need's suggestions are read with, sent together in one round trip
/// (<see cref="NeedCandidatesReader"/>). make bench runs these statements under pgbench, pipelined
/// the same way, as the baseline of issue 4's throughput rule. Each statement takes the need's
/// id as $1 and today as $2; the column lists are read by position.
/// </summary>
internal static class SuggestionSql
{
    /// <summary>
    /// The need with its household's risk, one row per open project that targets its community,
    /// the region above it or the one above that (compared as stored, so that the index on target
    /// regions applies), or one row with null project columns; projects of a suspended organisation
    /// are left out (its resources are HELD instead, which the partial index already skips). Whether a project serves the need's
    /// category is checked against the cached taxonomy: a region has few projects.
    /// </summary>
    public const string NeedInContext = """
        SELECT n.id, n.household_id, n.category_code, n.region_code, n.location, n.public_summary, n.private_description,
               n.quantity, n.unit, n.urgency, n.due_date, n.is_recurring, n.status, n.reported_at, n.verified_at,
               n.last_activity_at, n.reported_by, n.claimed_by, n.claimed_at, n.cleared_at, n.clearance_note,
               n.cancellation_reason, n.xmin, h.risk_level,
               p.id, p.organisation_id, p.name, p.description, p.category_codes, p.capacity_households,
               p.remaining_capacity, p.starts_on, p.ends_on, p.status, p.funded_by, p.xmin
        FROM needs n
        JOIN households h ON h.id = n.household_id
        JOIN regions community ON community.code = n.region_code
        LEFT JOIN regions above ON above.code = community.parent_code
        LEFT JOIN LATERAL (
            SELECT p.*, p.xmin FROM charity_projects p
            WHERE p.status = 'Active' AND p.remaining_capacity > 0 AND (p.ends_on IS NULL OR p.ends_on >= $2)
              AND NOT EXISTS (SELECT 1 FROM organisations o WHERE o.id = p.organisation_id AND o.suspended_at IS NOT NULL)
              AND EXISTS (
                  SELECT 1 FROM charity_project_target_region t
                  WHERE t.charity_project_id = p.id
                    AND (t.region_code = n.region_code OR t.region_code = above.code OR t.region_code = above.parent_code))
        ) p ON TRUE
        WHERE n.id = $1
        """;

    /// <summary>
    /// The open resources with capacity left nearest the need, at most $4, within $3 metres and
    /// within their own reach, of the need's category or one above it (the taxonomy walked up in
    /// SQL, <see cref="CategoryTaxonomy.ServingCte"/>, so that this statement need not wait for the
    /// first). One nearest-first scan of the
    /// partial GiST index on (category, location) per category; the status stays a literal so that
    /// the partial index applies. The last column is the geodesic distance in metres.
    /// </summary>
    public const string NearestResources = $"""
        WITH RECURSIVE need AS (
            SELECT id, category_code, location FROM needs WHERE id = $1
        ), {CategoryTaxonomy.ServingCte}
        SELECT r.id, r.organisation_id, r.category_code, r.kind, r.title, r.description, r.quantity, r.unit,
               r.remaining_capacity, r.location, r.service_radius_meters, r.available_from, r.available_until,
               r.status, r.posted_at, r.xmin, ST_Distance(r.location, n.location)
        FROM need n
        CROSS JOIN serving s
        CROSS JOIN LATERAL (
            SELECT r.*, r.xmin FROM resources r
            WHERE r.status = 'Open' AND r.category_code = s.code AND r.remaining_capacity > 0
              AND (r.available_until IS NULL OR r.available_until >= $2)
              AND ST_DWithin(r.location, n.location, $3)
              AND ST_DWithin(r.location, n.location, r.service_radius_meters)
            ORDER BY r.location <-> n.location
            LIMIT $4
        ) r
        ORDER BY r.location <-> n.location
        LIMIT $4
        """;
}
