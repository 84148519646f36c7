using System.Text.Json;
using System.Text.Json.Nodes;
using Marketplace.Bench.Data;

namespace Marketplace.Bench.Http;

/// <summary>
/// A GraphQL request measured through the API: its document, a pool of ready-made bodies with
/// different variables (serialised once, so the client spends nothing per request on JSON), and
/// where in the answer its list of results is.
/// </summary>
internal sealed record GraphQLQuery(string Key, string Label, IReadOnlyList<byte[]> Bodies, string[] ResultPath, bool IsAggregate = false)
{
    public int Count(JsonNode? data)
    {
        if (ResultPath.Length == 0) return data is null ? 0 : 1;
        var node = data;
        foreach (var step in ResultPath) node = node?[step];
        return node is JsonArray array ? array.Count : 0;
    }
}

internal static class GraphQLQueries
{
    public const string SuggestMatches = """
        query($id: ID!) { suggestMatches(needId: $id, first: 10) { distanceMeters score reasons resource { id } charityProject { id } } }
        """;

    public const string SuggestNeedsForResource = """
        query($id: ID!) { suggestNeedsForResource(resourceId: $id, first: 10) { distanceMeters score reasons need { id } } }
        """;

    // A query that exists today, for a working end-to-end figure: needs within 1 km of a point.
    public const string NeedsNear = """
        query($lat: Float!, $lon: Float!) { needs(filter: { near: { latitude: $lat, longitude: $lon, radiusMeters: 1000 } }, first: 10) { edges { distanceMeters node { id } } } }
        """;

    // The floor: what any signed-in request costs (HTTP, token, account, GraphQL) before its own work.
    public const string Me = "query { me { login role } }";

    // The office's aggregates (issue 5): a district is about 100,000 needs, a sub-district 10,000.
    public const string ClearanceByCommunity = """
        query($region: String!) { clearanceStats(regionCode: $region, groupBy: COMMUNITY) { total { collected cleared clearanceRate medianDaysToClear } groups { key figures { collected cleared overdue clearanceRate } } } }
        """;

    public const string ClearanceBySubDistrict = """
        query($region: String!) { clearanceStats(regionCode: $region, groupBy: SUBDISTRICT) { total { collected cleared clearanceRate medianDaysToClear } groups { key figures { collected cleared overdue clearanceRate p90DaysToClear } } } }
        """;

    public const string ClearanceByMonth = """
        query($region: String!) { clearanceStats(regionCode: $region, from: "2025-01-01", groupBy: MONTH) { groups { key figures { collected cleared clearanceRate p90DaysToClear } } } }
        """;

    public const string NeedsMapBySubDistrict = """
        query($region: String!) { needsMap(regionCode: $region, level: SUB_DISTRICT, needPoints: false) { features { id geometry properties { kind collected cleared open overdue clearanceRate } } } }
        """;

    public const string CoverageGaps = """
        query($region: String!) { coverageGaps(regionCode: $region) { openNeeds uncoveredNeeds gaps { region { code } openNeeds uncoveredNeeds } } }
        """;

    public const string OverdueNeeds = """
        query($region: String!) { overdueNeeds(regionCode: $region, first: 20) { nodes { id dueDate claimedBy } } }
        """;

    public static IReadOnlyList<GraphQLQuery> All(IReadOnlyList<Guid> needs, IReadOnlyList<Guid> resources, int seed)
    {
        // Points where people live (weighted like the households), so that a search finds needs.
        var random = new Random(seed);
        var city = new CityLayout();
        var points = Enumerable.Range(0, 4_096).Select(_ => CityLayout.PointIn(city.PickCommunity(random), random)).ToList();
        return
        [
            new("api.suggestMatches", "API: suggestMatches",
                [.. needs.Select(id => Body(SuggestMatches, new JsonObject { ["id"] = id.ToString() }))], ["suggestMatches"]),
            new("api.suggestNeedsForResource", "API: suggestNeedsForResource",
                [.. resources.Select(id => Body(SuggestNeedsForResource, new JsonObject { ["id"] = id.ToString() }))], ["suggestNeedsForResource"]),
            new("api.needsNear", "API: needs(near 1 km, first 10)",
                [.. points.Select(p => Body(NeedsNear, new JsonObject { ["lat"] = p.Y, ["lon"] = p.X }))], ["needs", "edges"]),
            new("api.me", "API: me (the per-request floor)", [Body(Me, [])], []),
            Aggregate("api.clearanceStats.district", "API: clearanceStats(district, COMMUNITY)", ClearanceByCommunity, city.Districts, ["clearanceStats", "groups"]),
            Aggregate("api.clearanceStats.districtBySubDistrict", "API: clearanceStats(district, SUBDISTRICT)", ClearanceBySubDistrict, city.Districts, ["clearanceStats", "groups"]),
            Aggregate("api.clearanceStats.subDistrict", "API: clearanceStats(sub-district, MONTH)", ClearanceByMonth, city.SubDistricts, ["clearanceStats", "groups"]),
            Aggregate("api.needsMap.district", "API: needsMap(district, SUB_DISTRICT, areas)", NeedsMapBySubDistrict, city.Districts, ["needsMap", "features"]),
            Aggregate("api.coverageGaps.subDistrict", "API: coverageGaps(sub-district)", CoverageGaps, city.SubDistricts, ["coverageGaps", "gaps"]),
            Aggregate("api.overdueNeeds.district", "API: overdueNeeds(district, first 20)", OverdueNeeds, city.Districts, ["overdueNeeds", "nodes"]),
        ];
    }

    private static GraphQLQuery Aggregate(string key, string label, string query, IEnumerable<string> regions, string[] resultPath) =>
        new(key, label, [.. regions.Select(code => Body(query, new JsonObject { ["region"] = code }))], resultPath, IsAggregate: true);

    private static byte[] Body(string query, JsonObject variables) =>
        JsonSerializer.SerializeToUtf8Bytes(new JsonObject { ["query"] = query.Trim(), ["variables"] = variables });
}
