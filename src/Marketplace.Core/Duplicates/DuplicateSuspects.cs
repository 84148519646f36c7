using System.Globalization;

namespace Marketplace.Core.Duplicates;

/// <summary>
/// Suspected duplicates of a region's households, found in one statement: for each live household
/// of the region, the live households anywhere with the same phone (btree index on phone) or a head
/// whose name is alike (trigram similarity at least <see cref="NameThreshold"/>) with an address
/// alike too (<see cref="AddressThreshold"/>). Heads with two different ID numbers are two people,
/// and dismissed pairs were judged so: neither is listed.
///
/// Names of one to three characters, nearly every Chinese name, reach 0.6 only when equal (one
/// character apart is 0.2 to 0.4), so they are compared for equality, which the trigram GIN index
/// answers by intersecting the name's trigram lists, or PostgreSQL by one hash join; longer names
/// go through pg_trgm's % operator on the same index. Measured on 200,000 households (a surname on
/// a fifth of them), a sub-district of 2,000: % for every name probed the surname's whole list,
/// 1.1 ms a household, 2.7 s; this way 0.33 s (hash join) or 0.50 s (index probes).
/// </summary>
public sealed class DuplicateSuspects(IDbContextFactory<MarketplaceDbContext> dbFactory, RegionDirectory regions)
{
    /// <summary>Two-character Chinese names have three trigrams: one character apart is 0.2, so this is, in practice, the same name.</summary>
    public const double NameThreshold = 0.6;

    /// <summary>"县桥社区12栋301" and "庐阳区县桥社区12栋301室" are 0.44 alike.</summary>
    public const double AddressThreshold = 0.4;

    public const int MaxPairs = 500;

    public async Task<IReadOnlyList<DuplicateSuspect>> ListAsync(Viewer viewer, string regionCode, int first, CancellationToken cancellationToken)
    {
        Permissions.EnsureOfficerOf(viewer, regionCode);
        var region = await regions.GetAsync(regionCode, cancellationToken);
        if (first is < 1 or > MaxPairs) throw new ValidationException($"'first' must be between 1 and {MaxPairs}; got {first}.", "first");
        var (from, to) = RegionCode.DescendantRange(region.Code);

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        // % compares with pg_trgm.similarity_threshold: set for this transaction only, never for the pooled connection.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync(
            "SELECT set_config('pg_trgm.similarity_threshold', {0}, true)", [NameThreshold.ToString(CultureInfo.InvariantCulture)], cancellationToken);
        var suspects = await RawSql.QueryAsync(db, Sql, new Dictionary<string, object>
        {
            ["region_from"] = from, ["region_to"] = to, ["address_threshold"] = AddressThreshold, ["max_pairs"] = first,
        }, r => new DuplicateSuspect(r.GetGuid(0), r.GetGuid(1), r.GetString(2), r.GetString(3), r.GetBoolean(4), r.GetFloat(5), r.GetFloat(6)),
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return suspects;
    }

    /// <summary>The statement, with @region_from, @region_to, @address_threshold and @max_pairs; internal for the plan test.</summary>
    internal const string Sql = """
        WITH mine AS (
            SELECT p.household_id AS id, p.head_name, p.address, p.phone
            FROM households h JOIN household_personal_data p ON p.household_id = h.id
            WHERE h.community_code BETWEEN @region_from::bpchar AND @region_to::bpchar AND h.merged_into_id IS NULL),
        found AS (
            SELECT m.id AS a, o.household_id AS b
            FROM mine m JOIN household_personal_data o ON o.phone = m.phone
            WHERE m.phone <> '' AND o.household_id <> m.id
            UNION
            SELECT m.id, o.household_id
            FROM mine m JOIN household_personal_data o ON o.head_name = m.head_name
            WHERE o.household_id <> m.id AND similarity(o.address, m.address) >= @address_threshold
            UNION
            SELECT m.id, o.household_id
            FROM mine m JOIN household_personal_data o ON o.head_name % m.head_name
            WHERE char_length(m.head_name) >= 4 AND o.household_id <> m.id AND similarity(o.address, m.address) >= @address_threshold),
        pairs AS (
            SELECT DISTINCT least(a, b) AS first_id, greatest(a, b) AS second_id FROM found)
        SELECT s.first_id, s.second_id, h1.community_code, h2.community_code,
               coalesce(p1.phone = p2.phone AND p1.phone <> '', false) AS same_phone,
               similarity(p1.head_name, p2.head_name) AS name_similarity,
               similarity(p1.address, p2.address) AS address_similarity
        FROM pairs s
        JOIN households h1 ON h1.id = s.first_id AND h1.merged_into_id IS NULL
        JOIN households h2 ON h2.id = s.second_id AND h2.merged_into_id IS NULL
        JOIN household_personal_data p1 ON p1.household_id = s.first_id
        JOIN household_personal_data p2 ON p2.household_id = s.second_id
        WHERE NOT EXISTS (SELECT 1 FROM duplicate_dismissals d WHERE d.first_household_id = s.first_id AND d.second_household_id = s.second_id)
          AND coalesce(upper(nullif(p1.id_number, '')) = upper(nullif(p2.id_number, '')), true)
        ORDER BY 5 DESC, similarity(p1.head_name, p2.head_name) + similarity(p1.address, p2.address) DESC, s.first_id, s.second_id
        LIMIT @max_pairs
        """;
}
