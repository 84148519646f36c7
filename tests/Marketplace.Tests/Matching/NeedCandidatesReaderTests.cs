using System.Collections;
using Marketplace.Core.Data;
using Marketplace.Core.Households;
using Marketplace.Core.Matching;
using Marketplace.Core.Needs;
using Marketplace.Core.Projects;
using Marketplace.Core.Resources;
using Marketplace.DemoData;
using Marketplace.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;
using Npgsql;

namespace Marketplace.Tests.Matching;

/// <summary>
/// suggestMatches reads its rows with Npgsql and makes the entities itself (NeedCandidatesReader):
/// they must come out as EF Core makes them, every mapped column, and the resources must be those
/// of the need's category or one above it.
/// </summary>
public sealed class NeedCandidatesReaderTests(CaseworkFixture api) : IClassFixture<CaseworkFixture>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task Every_column_is_read_as_EF_Core_reads_it()
    {
        var need = Guid.Parse(await api.ReportNeedAsync());
        var resource = Guid.Parse(await api.PostResourceAsync(quantity: 4));
        var projects = new[] { await StartProjectAsync(), await StartProjectAsync() };
        // Every column gets a value of its own: none empty or at its type's default, none equal to
        // another of the same type, so that a column skipped or two swapped are seen.
        await ExecuteAsync($"""
            UPDATE needs SET due_date = current_date + 5, is_recurring = TRUE, verified_at = now() - interval '3 days',
                claimed_by = 'worker.xianqiao', claimed_at = now() - interval '2 days', cleared_at = now() - interval '1 day',
                last_activity_at = now() - interval '4 hours', clearance_note = '已送达', cancellation_reason = '重复登记', status = 'Cleared'
            WHERE id = '{need}';
            UPDATE resources SET description = '每户一份', kind = 'Service', remaining_capacity = 3,
                available_from = current_date - 1, available_until = current_date + 9
            WHERE id = '{resource}';
            UPDATE charity_projects SET description = '冬季粮油', ends_on = current_date + 30, funded_by = '合肥市慈善总会', remaining_capacity = 2
            WHERE id IN ('{projects[0]}', '{projects[1]}');
            """);
        await using var db = await api.Contexts.CreateDbContextAsync();

        var found = await NeedCandidatesReader.ReadAsync(db, need, Today, 20_000, 50, CancellationToken.None);

        Assert.NotNull(found);
        var expectedNeed = await db.Needs.AsNoTracking().SingleAsync(n => n.Id == need);
        AssertSameColumns(db, expectedNeed, found.Need, everyColumnSet: true);
        Assert.Equal(await db.Households.Where(h => h.Id == expectedNeed.HouseholdId).Select(h => h.RiskLevel).SingleAsync(), found.RiskLevel);
        // One row per project in the first statement: each read once, the need with every one.
        Assert.Equal(found.Projects.Count, found.Projects.DistinctBy(p => p.Id).Count());
        foreach (var project in projects)
        {
            AssertSameColumns(db, await db.CharityProjects.AsNoTracking().SingleAsync(p => p.Id == project), Assert.Single(found.Projects, p => p.Id == project), everyColumnSet: true);
        }
        var near = Assert.Single(found.Resources, r => r.Resource.Id == resource);
        AssertSameColumns(db, await db.Resources.AsNoTracking().SingleAsync(r => r.Id == resource), near.Resource, everyColumnSet: true);
        // Posted 0.007° of latitude north of the household: about 778 m on the ellipsoid.
        Assert.InRange(near.DistanceMeters, 770, 785);
    }

    [Fact]
    public async Task Empty_columns_are_read_as_empty()
    {
        var need = Guid.Parse(await api.ReportNeedAsync());
        var resource = Guid.Parse(await api.PostResourceAsync(quantity: 2));
        await ExecuteAsync($"""
            UPDATE needs SET private_description = NULL, quantity = NULL, unit = NULL WHERE id = '{need}';
            UPDATE resources SET description = NULL, available_from = NULL, available_until = NULL WHERE id = '{resource}';
            """);
        await using var db = await api.Contexts.CreateDbContextAsync();

        var found = await NeedCandidatesReader.ReadAsync(db, need, Today, 20_000, 50, CancellationToken.None);

        Assert.NotNull(found);
        AssertSameColumns(db, await db.Needs.AsNoTracking().SingleAsync(n => n.Id == need), found.Need, everyColumnSet: false);
        AssertSameColumns(db, await db.Resources.AsNoTracking().SingleAsync(r => r.Id == resource),
            Assert.Single(found.Resources, r => r.Resource.Id == resource).Resource, everyColumnSet: false);
        Assert.Null(found.Need.Quantity);
        Assert.Null(Assert.Single(found.Resources, r => r.Resource.Id == resource).Resource.AvailableUntil);
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
    }

    [Fact]
    public async Task An_unknown_need_reads_as_null()
    {
        await using var db = await api.Contexts.CreateDbContextAsync();

        Assert.Null(await NeedCandidatesReader.ReadAsync(db, Guid.NewGuid(), Today, 20_000, 50, CancellationToken.None));
    }

    // Only open resources are suggested, and Open is the enum's first value.
    private static readonly HashSet<string> DefaultByDesign = ["Resource.Status"];

    private static void AssertSameColumns<T>(MarketplaceDbContext db, T expected, T actual, bool everyColumnSet)
    {
        foreach (var column in db.Model.FindEntityType(typeof(T))!.GetProperties())
        {
            var property = column.PropertyInfo!;
            var name = $"{typeof(T).Name}.{property.Name}";
            var (want, got) = (property.GetValue(expected), property.GetValue(actual));
            if (everyColumnSet && !DefaultByDesign.Contains(name))
            {
                // A column left empty, or at its type's default, could be skipped by the reader unseen.
                Assert.False(IsEmpty(want), $"The test leaves {name} at {want ?? "null"}: give it a value of its own.");
            }
            var same = want switch
            {
                Geometry point => point.EqualsExact((Geometry?)got) && point.SRID == ((Geometry)got!).SRID,
                IEnumerable values and not string => values.Cast<object>().SequenceEqual(((IEnumerable)got!).Cast<object>()),
                _ => Equals(want, got),
            };
            Assert.True(same, $"{name}: EF Core read {want}, the reader {got}.");
        }
    }

    private static bool IsEmpty(object? value) => value switch
    {
        null => true,
        IEnumerable values and not string => !values.Cast<object>().Any(),
        _ => value.GetType().IsValueType && value.Equals(Activator.CreateInstance(value.GetType())),
    };

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
