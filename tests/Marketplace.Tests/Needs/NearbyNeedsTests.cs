using Marketplace.Core.Categories;
using Marketplace.Core.Common;
using Marketplace.Core.Households;
using Marketplace.Core.Needs;
using Marketplace.DemoData;
using Marketplace.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Tests.Needs;

/// <summary>
/// `needs(filter: {near})` against needs placed at known distances from a centre far from any
/// demo data, so that the expected answer is exactly these needs.
/// </summary>
public sealed class NearbyNeedsTests(NearbyNeedsTests.Fixture fixture) : IClassFixture<NearbyNeedsTests.Fixture>
{
    // Somewhere in the Tibetan plateau: no demo data within hundreds of kilometres.
    private const double CentreLatitude = 31.0;
    private const double CentreLongitude = 92.0;
    // Clear of the 2,000 m radius by more than the sphere-versus-ellipsoid difference (under 0.5%).
    private static readonly double[] DistancesMeters = [2_300, 100, 1_500, 900, 5_000, 1_800];

    [Fact]
    public async Task Returns_exactly_the_needs_within_the_radius_nearest_first_with_geodesic_distances()
    {
        var data = await fixture.Client.DataAsync("""
            query($near: NearInput!) {
              needs(filter: { near: $near }, first: 100) {
                totalCount
                edges { distanceMeters node { publicSummary } }
              }
            }
            """, new { near = new { latitude = CentreLatitude, longitude = CentreLongitude, radiusMeters = 2_000 } });

        var edges = data["needs"]!["edges"]!.AsArray();
        Assert.Equal(["100", "900", "1500", "1800"], edges.Select(e => e!["node"]!["publicSummary"]!.GetValue<string>()));
        Assert.Equal(4, data["needs"]!["totalCount"]!.GetValue<int>());
        foreach (var edge in edges)
        {
            var placedAt = double.Parse(edge!["node"]!["publicSummary"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
            // Placed with a spherical formula; the ellipsoid differs from the sphere by well under 0.5%.
            Assert.InRange(edge["distanceMeters"]!.GetValue<double>(), placedAt * 0.995, placedAt * 1.005);
        }
    }

    [Fact]
    public async Task Paging_by_distance_continues_exactly_after_the_last_need()
    {
        const string Query = """
            query($near: NearInput!, $after: String) {
              needs(filter: { near: $near }, first: 2, after: $after) {
                nodes { publicSummary }
                pageInfo { hasNextPage endCursor }
              }
            }
            """;
        var near = new { latitude = CentreLatitude, longitude = CentreLongitude, radiusMeters = 10_000 };

        var first = (await fixture.Client.DataAsync(Query, new { near }))["needs"]!;
        var second = (await fixture.Client.DataAsync(Query, new { near, after = first["pageInfo"]!["endCursor"]!.GetValue<string>() }))["needs"]!;

        Assert.Equal(["100", "900"], first["nodes"]!.AsArray().Select(n => n!["publicSummary"]!.GetValue<string>()));
        Assert.Equal(["1500", "1800"], second["nodes"]!.AsArray().Select(n => n!["publicSummary"]!.GetValue<string>()));
        Assert.True(second["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
    }

    public sealed class Fixture : ApiFixture
    {
        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            await using var db = await Contexts.CreateDbContextAsync();
            var household = new Household
            {
                Id = Guid.NewGuid(),
                CommunityCode = DemoIds.XianqiaoCommunity,
                Location = Geo.Point(CentreLatitude, CentreLongitude),
                Personal = new HouseholdPersonalData { HeadName = "测试户", Address = "测试地址" },
            };
            db.Households.Add(household);
            var category = await db.NeedCategories.Select(c => c.Code).FirstAsync();
            foreach (var (distance, index) in DistancesMeters.Select((d, i) => (d, i)))
            {
                // Alternate bearings, so that nearness is not just "smallest latitude".
                var (latitude, longitude) = Destination(CentreLatitude, CentreLongitude, bearingDegrees: index * 60, distance);
                db.Needs.Add(new Need
                {
                    Id = Guid.NewGuid(),
                    HouseholdId = household.Id,
                    CategoryCode = category,
                    RegionCode = DemoIds.XianqiaoCommunity,
                    Location = Geo.Point(latitude, longitude),
                    PublicSummary = distance.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ReportedBy = "test",
                    ReportedAt = DateTimeOffset.UtcNow,
                });
            }
            await db.SaveChangesAsync();
        }

        /// <summary>The point at a distance and bearing on a sphere of the Earth's mean radius.</summary>
        private static (double Latitude, double Longitude) Destination(double latitude, double longitude, double bearingDegrees, double meters)
        {
            const double EarthRadius = 6_371_008.8;
            var (φ1, λ1, θ, δ) = (Radians(latitude), Radians(longitude), Radians(bearingDegrees), meters / EarthRadius);
            var φ2 = Math.Asin(Math.Sin(φ1) * Math.Cos(δ) + Math.Cos(φ1) * Math.Sin(δ) * Math.Cos(θ));
            var λ2 = λ1 + Math.Atan2(Math.Sin(θ) * Math.Sin(δ) * Math.Cos(φ1), Math.Cos(δ) - Math.Sin(φ1) * Math.Sin(φ2));
            return (φ2 * 180 / Math.PI, λ2 * 180 / Math.PI);
        }

        private static double Radians(double degrees) => degrees * Math.PI / 180;
    }
}
