using Marketplace.Core.Categories;
using Marketplace.Core.Clearance;
using Marketplace.DemoData;
using Marketplace.Core.Households;
using Marketplace.Core.Needs;
using Marketplace.Core.Regions;
using Marketplace.Core.Resources;
using Marketplace.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;

namespace Marketplace.Tests.Clearance;

/// <summary>
/// coverageGaps answers for a whole cell of needs at once when one resource reaches all of it
/// (<see cref="CoverageGapQuery.CellDegrees"/>). On a random town of needs and resources of many
/// radii, its count must be the one a need-by-need check gives.
/// </summary>
public sealed class CoverageCellTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string District = "349998000000", SubDistrict = "349998001000", Community = "349998001001";
    private static readonly GeometryFactory Geography = new(new PrecisionModel(), 4326);

    // Leaves and the categories above them, so that resources serve needs of the categories below.
    private static readonly string[] NeedCategories = [CategoryCodes.GrainAndOil, CategoryCodes.DailyNecessities, CategoryCodes.EyeCare, CategoryCodes.Haircut];
    private static readonly string[] ResourceCategories = [.. NeedCategories, CategoryCodes.Goods, CategoryCodes.HealthCare, CategoryCodes.PersonalCare];

    [Fact]
    public async Task Taking_needs_by_cell_counts_the_same_gaps_as_checking_each_need()
    {
        await SeedTownAsync(new Random(20261122));

        var data = await api.Client.DataAsync("""
            query($r: String!) { coverageGaps(regionCode: $r) { openNeeds uncoveredNeeds } }
            """, new { r = SubDistrict });
        var (open, uncovered) = (data["coverageGaps"]!["openNeeds"]!.GetValue<int>(), data["coverageGaps"]!["uncoveredNeeds"]!.GetValue<int>());

        Assert.Equal(await OpenNeedsAsync(), open);
        Assert.Equal(await UncoveredOneByOneAsync(), uncovered);
        // A town where both answers happen, or the comparison proves little.
        Assert.InRange(uncovered, 20, open - 100);
    }

    private async Task SeedTownAsync(Random random)
    {
        await using var db = await api.Contexts.CreateDbContextAsync();
        var centre = Geography.CreatePoint(new Coordinate(101.0, 41.0));
        db.Regions.AddRange(
            new Region { Code = District, Name = "格网区", Level = RegionLevel.District, Centroid = centre },
            new Region { Code = SubDistrict, Name = "格网街道", Level = RegionLevel.SubDistrict, ParentCode = District, Centroid = centre },
            new Region { Code = Community, Name = "格网社区", Level = RegionLevel.Community, ParentCode = SubDistrict, Centroid = centre });

        // About 6 km by 6 km: a dozen cells a side.
        Point Somewhere() => Geography.CreatePoint(new Coordinate(101.0 + random.NextDouble() * 0.07, 41.0 + random.NextDouble() * 0.055));
        for (var i = 0; i < 400; i++)
        {
            var household = new Household
            {
                Id = Guid.NewGuid(), CommunityCode = Community, Location = Somewhere(), MemberCount = 1, RegisteredAt = DateTimeOffset.UtcNow,
            };
            db.Households.Add(household);
            db.Needs.Add(new Need
            {
                Id = Guid.NewGuid(), HouseholdId = household.Id, CategoryCode = NeedCategories[random.Next(NeedCategories.Length)], RegionCode = Community,
                Location = household.Location, PublicSummary = $"格网需求{i}", Status = i % 10 == 0 ? NeedStatus.Cleared : NeedStatus.Reported,
                ReportedAt = DateTimeOffset.UtcNow, LastActivityAt = DateTimeOffset.UtcNow, ReportedBy = "grid.test",
            });
        }
        for (var i = 0; i < 40; i++)
        {
            db.Resources.Add(new Resource
            {
                Id = Guid.NewGuid(), OrganisationId = DemoIds.HefeiTelecomBranch, CategoryCode = ResourceCategories[random.Next(ResourceCategories.Length)],
                Title = $"格网资源{i}", Quantity = 10, Unit = "份", RemainingCapacity = i % 7 == 0 ? 0 : 10, Location = Somewhere(),
                // From well inside a cell to several cells across.
                ServiceRadiusMeters = 150 + random.NextDouble() * 1_850,
                Status = i % 9 == 0 ? ResourceStatus.Withdrawn : ResourceStatus.Open, PostedAt = DateTimeOffset.UtcNow,
            });
        }
        await db.SaveChangesAsync();
    }

    private async Task<int> OpenNeedsAsync()
    {
        await using var db = await api.Contexts.CreateDbContextAsync();
        return await db.Needs.CountAsync(n => n.RegionCode == Community && n.Status != NeedStatus.Cleared && n.Status != NeedStatus.Cancelled);
    }

    /// <summary>The plain rule, need by need: no open resource of the need's category or one above it, with capacity, reaches it.</summary>
    private async Task<int> UncoveredOneByOneAsync()
    {
        await using var db = await api.Contexts.CreateDbContextAsync();
        return await db.Database.SqlQuery<int>($"""
            SELECT count(*)::int AS "Value" FROM needs n
            WHERE n.region_code = {Community} AND n.status NOT IN ('Cleared', 'Cancelled')
              AND NOT EXISTS (
                  WITH RECURSIVE serving(code) AS (
                      SELECT n.category_code::text
                      UNION SELECT c.parent_code FROM need_categories c JOIN serving s ON c.code = s.code WHERE c.parent_code IS NOT NULL)
                  SELECT 1 FROM resources r
                  WHERE r.status = 'Open' AND r.remaining_capacity > 0 AND (r.available_until IS NULL OR r.available_until >= current_date)
                    AND r.category_code IN (SELECT code FROM serving)
                    AND ST_DWithin(r.location, n.location, r.service_radius_meters))
            """).SingleAsync();
    }
}
