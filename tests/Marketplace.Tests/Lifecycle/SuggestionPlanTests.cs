using Marketplace.Core.DemoData;
using Marketplace.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Marketplace.Tests.Lifecycle;

/// <summary>On 100,000 resources, suggestions come from the spatial indexes, never from reading every row.</summary>
public sealed class SuggestionPlanTests(SuggestionPlanTests.Fixture api) : IClassFixture<SuggestionPlanTests.Fixture>
{
    [Fact]
    public async Task SuggestMatches_reads_resources_through_a_gist_index()
    {
        var worker = await api.ClientForAsync(DemoIds.WorkerXianqiao);
        var need = await api.ReportNeedAsync();
        api.Counter.Reset();

        await worker.DataAsync("query($id: ID!) { suggestMatches(needId: $id) { score } }", new { id = need });

        var plan = await ExplainAsync(api.Counter.Commands.Single(c => c.CommandText.Contains("FROM resources", StringComparison.Ordinal)));
        Assert.Contains("ix_resources_open_category_location", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("Seq Scan on resources", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_suggestion_costs_two_statements_either_way()
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

        api.Counter.Reset();
        await worker.DataAsync(ForNeed, new { id = need });
        var forNeed = api.Counter.Statements;
        api.Counter.Reset();
        await donor.DataAsync(ForResource, new { id = resource });
        var forResource = api.Counter.Statements;

        // The need with its household's risk and its region's projects, then the resources; the
        // resource, then the needs with their households' risk.
        Assert.True(forNeed.Count == 2, string.Join("\n---\n", forNeed));
        Assert.True(forResource.Count == 2, string.Join("\n---\n", forResource));
    }

    private async Task<string> ExplainAsync(NpgsqlCommand command)
    {
        // The parameters include a PostGIS point: the connection needs the NetTopologySuite plugin.
        var builder = new NpgsqlDataSourceBuilder(api.ConnectionString);
        builder.UseNetTopologySuite(geographyAsDefault: true);
        await using var dataSource = builder.Build();
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var explain = new NpgsqlCommand("EXPLAIN " + command.CommandText, connection);
        foreach (NpgsqlParameter parameter in command.Parameters) explain.Parameters.Add(parameter.Clone());
        await using var reader = await explain.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync()) lines.Add(reader.GetString(0));
        return string.Join('\n', lines);
    }

    public sealed class Fixture : LifecycleFixture
    {
        public SqlStatementCounter Counter { get; } = new();

        protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<IInterceptor>(Counter);

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
