using System.Collections;
using Marketplace.Core.Data;
using Marketplace.Core.DemoData;
using Marketplace.Core.Matching;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;
using Npgsql;

namespace Marketplace.Tests.Lifecycle;

/// <summary>
/// suggestMatches reads its rows with Npgsql and makes the entities itself (NeedCandidatesReader):
/// they must come out as EF Core makes them, every mapped column, and the resources must be those
/// of the need's category or one above it.
/// </summary>
public sealed class NeedCandidatesReaderTests(LifecycleFixture api) : IClassFixture<LifecycleFixture>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task Every_column_is_read_as_EF_Core_reads_it()
    {
        var need = Guid.Parse(await api.ReportNeedAsync());
        var resource = Guid.Parse(await api.PostResourceAsync(quantity: 4));
        var project = await StartProjectAsync();
        // Every column the API left empty gets a value of its own, unlike the others of its type.
        await ExecuteAsync($"""
            UPDATE needs SET due_date = current_date + 5, is_recurring = TRUE, verified_at = now() - interval '3 days',
                claimed_by = 'worker.xianqiao', claimed_at = now() - interval '2 days', cleared_at = now() - interval '1 day',
                clearance_note = '已送达', cancellation_reason = '重复登记', status = 'Cleared'
            WHERE id = '{need}';
            UPDATE resources SET description = '每户一份', available_from = current_date - 1, available_until = current_date + 9 WHERE id = '{resource}';
            UPDATE charity_projects SET description = '冬季粮油', ends_on = current_date + 30, funded_by = '合肥市慈善总会' WHERE id = '{project}';
            """);
        await using var db = await api.Contexts.CreateDbContextAsync();

        var found = await NeedCandidatesReader.ReadAsync(db, need, Today, 20_000, 50, CancellationToken.None);

        Assert.NotNull(found);
        var expectedNeed = await db.Needs.AsNoTracking().SingleAsync(n => n.Id == need);
        AssertSameColumns(db, expectedNeed, found.Need);
        Assert.Equal(await db.Households.Where(h => h.Id == expectedNeed.HouseholdId).Select(h => h.RiskLevel).SingleAsync(), found.RiskLevel);
        AssertSameColumns(db, await db.CharityProjects.AsNoTracking().SingleAsync(p => p.Id == project), Assert.Single(found.Projects, p => p.Id == project));
        var near = Assert.Single(found.Resources, r => r.Resource.Id == resource);
        AssertSameColumns(db, await db.Resources.AsNoTracking().SingleAsync(r => r.Id == resource), near.Resource);
        // Posted 0.007° of latitude north of the household: about 778 m on the ellipsoid.
        Assert.InRange(near.DistanceMeters, 770, 785);
    }

    [Fact]
    public async Task Resources_of_the_category_and_those_above_it_serve_a_need_and_no_others()
    {
        var need = Guid.Parse(await api.ReportNeedAsync(category: "HAIRCUT", summary: "卧床老人需要上门理发"));
        var serving = new[] { "HAIRCUT", "PERSONAL_CARE", "DAILY_LIVING_CARE" };
        var notServing = new[] { "MEAL_DELIVERY", "GOODS" };
        var posted = new Dictionary<string, Guid>();
        foreach (var category in serving.Concat(notServing)) posted[category] = Guid.Parse(await api.PostResourceAsync(quantity: 1, category));
        await using var db = await api.Contexts.CreateDbContextAsync();

        var found = await NeedCandidatesReader.ReadAsync(db, need, Today, 20_000, 50, CancellationToken.None);

        Assert.NotNull(found);
        var read = found.Resources.Select(r => r.Resource.Id).ToHashSet();
        Assert.All(serving, category => Assert.Contains(posted[category], read));
        Assert.All(notServing, category => Assert.DoesNotContain(posted[category], read));
        Assert.All(found.Resources, r => Assert.Contains(r.Resource.CategoryCode, serving));
        // Nearest first, as the index hands them over.
        Assert.Equal(found.Resources.Select(r => r.DistanceMeters).Order(), found.Resources.Select(r => r.DistanceMeters));
    }

    [Fact]
    public async Task An_unknown_need_reads_as_null()
    {
        await using var db = await api.Contexts.CreateDbContextAsync();

        Assert.Null(await NeedCandidatesReader.ReadAsync(db, Guid.NewGuid(), Today, 20_000, 50, CancellationToken.None));
    }

    private static void AssertSameColumns<T>(MarketplaceDbContext db, T expected, T actual)
    {
        foreach (var column in db.Model.FindEntityType(typeof(T))!.GetProperties())
        {
            var property = column.PropertyInfo!;
            var (want, got) = (property.GetValue(expected), property.GetValue(actual));
            // A column left empty here could be forgotten by the reader unseen.
            Assert.True(want is not null, $"The test leaves {typeof(T).Name}.{property.Name} empty: give it a value.");
            var same = want switch
            {
                Geometry point => point.EqualsExact((Geometry?)got) && point.SRID == ((Geometry)got!).SRID,
                IEnumerable values and not string => values.Cast<object>().SequenceEqual(((IEnumerable)got!).Cast<object>()),
                _ => Equals(want, got),
            };
            Assert.True(same, $"{typeof(T).Name}.{property.Name}: EF Core read {want}, the reader {got}.");
        }
    }

    private async Task<Guid> StartProjectAsync()
    {
        var org = await api.ClientForAsync(DemoIds.StaffLuyangSocialWork);
        var data = await org.DataAsync("""
            mutation($input: CharityProjectInput!) { createCharityProject(input: $input) { id } }
            """, new { input = new { name = "逍遥津·暖冬粮油", categoryCodes = new[] { "GOODS" }, targetRegionCodes = new[] { DemoIds.XiaoyaojinSubDistrict }, capacityHouseholds = 5, startsOn = "2026-11-01" } });
        return Guid.Parse(data["createCharityProject"]!["id"]!.GetValue<string>());
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
