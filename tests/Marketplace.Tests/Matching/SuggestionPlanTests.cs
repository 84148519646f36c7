using Marketplace.DemoData;
using Marketplace.Core.Matching;
using Marketplace.Tests.Infrastructure;
using Npgsql;

namespace Marketplace.Tests.Matching;

/// <summary>On 100,000 resources, suggestions come from the spatial indexes, never from reading every row.</summary>
public sealed class SuggestionPlanTests(SuggestionPlanTests.Fixture api) : IClassFixture<SuggestionPlanTests.Fixture>
{
    [Fact]
    public async Task SuggestMatches_reads_resources_through_a_gist_index()
    {
        var need = await api.ReportNeedAsync();

        var plan = await GenericPlanAsync(SuggestionSql.NearestResources, "uuid, date, float8, int", $"'{need}', current_date, 20000, 30");

        Assert.Contains("Index Scan using ix_resources_open_category_location", plan, StringComparison.Ordinal);
        // Nearest first from the index itself, not every resource in the radius sorted.
        Assert.Contains("Order By: (location <-> n.location)", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("Seq Scan on resources", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SuggestMatches_reads_the_need_and_its_regions_by_key()
    {
        var need = await api.ReportNeedAsync();

        var plan = await GenericPlanAsync(SuggestionSql.NeedInContext, "uuid, date", $"'{need}', current_date");

        Assert.Contains("Index Scan using pk_needs on needs", plan, StringComparison.Ordinal);
        Assert.Contains("Index Scan using pk_regions on regions", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("Seq Scan on needs", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("Seq Scan on households", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_suggestion_for_a_need_is_one_round_trip_and_for_a_resource_two()
    {
        var worker = await api.ClientForAsync(DemoIds.WorkerXianqiao);
        var donor = await api.ClientForAsync(DemoIds.DonorHefeiTelecom);
        var need = await api.ReportNeedAsync();
        var resource = await api.PostResourceAsync(quantity: 3);
        const string ForNeed = "query($id: ID!) { suggestMatches(needId: $id) { score reasons resource { id } charityProject { id } } }";
        const string ForResource = "query($id: ID!) { suggestNeedsForResource(resourceId: $id) { score reasons need { id } } }";
        // Warm-up: the accounts and the taxonomy are kept once read.
        await worker.DataAsync(ForNeed, new { id = need });
        await donor.DataAsync(ForResource, new { id = resource });

        using var roundTrips = new NpgsqlRoundTrips(new NpgsqlConnectionStringBuilder(api.ConnectionString).Database!);
        await worker.DataAsync(ForNeed, new { id = need });
        var forNeed = roundTrips.Take();
        await donor.DataAsync(ForResource, new { id = resource });
        var forResource = roundTrips.Take();

        // The need with its household's risk and its region's projects, and the resources, sent
        // together; the resource, then the needs with their households' risk.
        var batch = Assert.Single(forNeed);
        Assert.Contains(SuggestionSql.NeedInContext, batch, StringComparison.Ordinal);
        Assert.Contains(SuggestionSql.NearestResources, batch, StringComparison.Ordinal);
        Assert.True(forResource.Count == 2, string.Join("\n---\n", forResource));
    }

    /// <summary>
    /// The plan the API's connections keep for the statement: prepared, with one generic plan
    /// (DataSetup.Tuned), so that the values of $1.. are unknown to it as they are in the API.
    /// A plain EXPLAIN with bound values would plan for those values.
    /// </summary>
    private async Task<string> GenericPlanAsync(string sql, string parameterTypes, string arguments)
    {
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                new("SET plan_cache_mode = force_generic_plan"),
                new($"PREPARE statement ({parameterTypes}) AS {sql}"),
                new($"EXPLAIN EXECUTE statement ({arguments})"),
            },
        };
        await using var reader = await batch.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync()) lines.Add(reader.GetString(0));
        var plan = string.Join('\n', lines);
        Assert.Contains("$1", plan, StringComparison.Ordinal); // generic: the need's id stays a parameter
        return plan;
    }

    public sealed class Fixture : CaseworkFixture
    {
        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            await using var connection = new NpgsqlConnection(ConnectionString);
            await connection.OpenAsync();
            // 100,000 open resources over about 40 km around Hefei, of every category, copied from one demo organisation.
            await using var command = new NpgsqlCommand($"""
                INSERT INTO resources (id, organisation_id, category_code, kind, title, quantity, unit, remaining_capacity, location, service_radius_meters, status, posted_at)
                SELECT gen_random_uuid(), '{DemoIds.HefeiTelecomBranch}', c.code, 'Goods', 'generated', 10, '份', 10,
                       ST_SetSRID(ST_MakePoint(117.1 + random() * 0.4, 31.7 + random() * 0.35), 4326)::geography,
                       500 + random() * 4500, 'Open', now()
                FROM generate_series(1, 100000) AS g
                CROSS JOIN LATERAL (SELECT code FROM need_categories ORDER BY code OFFSET (g % 21) LIMIT 1) AS c;
                ANALYZE resources;
                """, connection);
            command.CommandTimeout = 300;
            await command.ExecuteNonQueryAsync();
        }
    }
}
