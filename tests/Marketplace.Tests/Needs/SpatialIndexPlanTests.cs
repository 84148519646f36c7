using Marketplace.Core.Categories;
using Marketplace.Core.Clearance;
using Marketplace.Core.Common;
using Marketplace.Core.Common.Paging;
using Marketplace.Core.Needs;
using Marketplace.Core.Regions;
using Marketplace.DemoData;
using Marketplace.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Marketplace.Tests.Needs;

/// <summary>
/// On a city-sized table, the "needs near a point" query must be served by the GiST index, not
/// by reading every row. The plan is read with EXPLAIN from the very command the API runs.
/// </summary>
public sealed class SpatialIndexPlanTests(SpatialIndexPlanTests.Fixture fixture) : IClassFixture<SpatialIndexPlanTests.Fixture>
{
    [Theory]
    [InlineData(null)]
    [InlineData(NeedOrder.Newest)]
    public async Task Needs_near_a_point_use_the_gist_index_on_100000_needs(NeedOrder? order)
    {
        var explain = await ExplainPageAsync(new NeedFilter { Near = new GeoCircle(31.866, 117.290, 1_000) }, order);

        Assert.Contains("ix_needs_location", explain, StringComparison.Ordinal);
        Assert.DoesNotContain("Seq Scan on needs", explain, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(NeedOrder.MostUrgent)]
    public async Task A_workers_own_caseload_is_read_from_the_index_of_held_needs_on_100000_needs(NeedOrder? order)
    {
        var explain = await ExplainPageAsync(new NeedFilter { HeldBy = "worker.somebody", RegionCode = DemoIds.LuyangDistrict }, order);

        Assert.Contains("ix_needs_claimed_by", explain, StringComparison.Ordinal);
        Assert.DoesNotContain("Seq Scan on needs", explain, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(ClearanceGrouping.Community)]
    [InlineData(ClearanceGrouping.SubDistrict)]
    [InlineData(ClearanceGrouping.Month)]
    public async Task Clearance_figures_of_a_region_and_period_are_served_by_an_index_on_100000_needs(ClearanceGrouping? grouping)
    {
        var regions = new RegionDirectory(fixture.Contexts);
        var report = new ClearanceReport(fixture.Contexts, regions, TimeProvider.System);
        var region = await regions.GetAsync(DemoIds.XianqiaoCommunity, CancellationToken.None);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var period = new ReportingPeriod(today.AddDays(-3), today);

        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("EXPLAIN " + ClearanceReport.Sql(grouping, period), connection);
        foreach (var (name, value) in report.Parameters(region, period)) command.Parameters.AddWithValue(name, value);
        var explain = string.Join('\n', await ReadLinesAsync(command));

        // Here every need is in one community, so the planner may rightly prefer the reported_at
        // index; over a city it takes ix_needs_region_reported_figures. Either way: an index, never every row.
        Assert.Matches(@"Index (Only )?Scan (Backward )?(using|on) ix_needs_(region_reported_figures|reported_at_id)", explain);
        Assert.DoesNotContain("Seq Scan on needs", explain, StringComparison.Ordinal);
    }

    /// <summary>The plan of the first page of needs the API would read for this filter and order.</summary>
    private async Task<string> ExplainPageAsync(NeedFilter filter, NeedOrder? order)
    {
        var taxonomy = new CategoryTaxonomy(fixture.Contexts, TimeProvider.System);
        var search = new NeedSearch(fixture.Contexts, new RegionDirectory(fixture.Contexts), taxonomy);
        var plan = await search.PlanAsync(filter, order, new PageRequest(20, null), CancellationToken.None);
        await using var db = await fixture.Contexts.CreateDbContextAsync();
        return await ExplainAsync(db, plan.PageQuery(db));
    }

        private static async Task<List<string>> ReadLinesAsync(NpgsqlCommand command)
    {
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync()) lines.Add(reader.GetString(0));
        return lines;
    }

    private static async Task<string> ExplainAsync(Marketplace.Core.Data.MarketplaceDbContext db, IQueryable<NeedHit> query)
    {
        await using var command = query.CreateDbCommand();
        command.CommandText = "EXPLAIN " + command.CommandText;
        await db.Database.OpenConnectionAsync();
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync()) lines.Add(reader.GetString(0));
        return string.Join('\n', lines);
    }

    public sealed class Fixture : DatabaseFixture
    {
        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            await using var connection = new NpgsqlConnection(ConnectionString);
            await connection.OpenAsync();
            // 100,000 needs spread over about 40 km around Hefei, copied from one demo household.
            await using var command = new NpgsqlCommand($"""
                INSERT INTO needs (id, household_id, category_code, region_code, location, public_summary, urgency, is_recurring, status, reported_at, reported_by)
                SELECT gen_random_uuid(), h.id, n.category_code, '{DemoIds.XianqiaoCommunity}',
                       ST_SetSRID(ST_MakePoint(117.1 + random() * 0.4, 31.7 + random() * 0.35), 4326)::geography,
                       'generated', 1, false, 'Reported', now() - random() * interval '300 days', 'test'
                FROM generate_series(1, 100000) AS g
                CROSS JOIN LATERAL (SELECT id FROM households LIMIT 1) AS h
                CROSS JOIN LATERAL (SELECT category_code FROM needs LIMIT 1) AS n;
                ANALYZE needs;
                """, connection);
            command.CommandTimeout = 300;
            await command.ExecuteNonQueryAsync();
        }
    }
}
