using System.Globalization;
using Marketplace.Core.Regions;
using NetTopologySuite.Geometries;

namespace Marketplace.Bench.Data;

/// <summary>A region of the made-up city, as it goes into the regions table.</summary>
internal sealed record CityRegion(string Code, string Name, RegionLevel Level, string? ParentCode, Point Centroid, Polygon? Boundary);

/// <summary>A community's cell of the grid and its share of the city's households.</summary>
internal sealed record Community(string Code, int Column, int Row, double Weight);

/// <summary>
/// One made-up city at Hefei's latitude: 10 districts x 10 sub-districts x 10 communities, laid
/// out as a grid of 50 x 20 community cells of about 1 km each (47 km x 22 km in all). People
/// live mostly towards the centre, as in a real city, so density and hence query cost vary.
/// Codes are DDDDDD SSS CCC with the fictitious prefix 3499, so they clash with no real place.
/// </summary>
internal sealed class CityLayout
{
    private const double West = 117.05, South = 31.75, CellDegrees = 0.01;
    private const int Columns = 50, Rows = 20;
    private static readonly GeometryFactory Geometry = new(new PrecisionModel(), 4326);

    private readonly double[] _cumulativeWeight;

    public IReadOnlyList<CityRegion> Regions { get; }

    public IEnumerable<string> Districts => Regions.Where(r => r.Level == RegionLevel.District).Select(r => r.Code);

    public IEnumerable<string> SubDistricts => Regions.Where(r => r.Level == RegionLevel.SubDistrict).Select(r => r.Code);
    public IReadOnlyList<Community> Communities { get; }

    public CityLayout()
    {
        var regions = new List<CityRegion>();
        var communities = new List<Community>();
        // District d: a 10 x 10 block (5 across, 2 down); sub-district s: 5 x 2 cells inside it
        // (2 across, 5 down); community c: one cell inside that (5 across, 2 down).
        for (var d = 0; d < 10; d++)
        {
            var district = "3499" + (d + 1).ToString("00", CultureInfo.InvariantCulture);
            var (dCol, dRow) = (d % 5 * 10, d / 5 * 10);
            regions.Add(Area(district + "000000", $"基准{d + 1:00}区", RegionLevel.District, null, dCol, dRow, 10, 10));
            for (var s = 0; s < 10; s++)
            {
                var subDistrict = district + (s + 1).ToString("000", CultureInfo.InvariantCulture);
                var (sCol, sRow) = (dCol + s % 2 * 5, dRow + s / 2 * 2);
                regions.Add(Area(subDistrict + "000", $"基准{d + 1:00}区{s + 1:00}街道", RegionLevel.SubDistrict, district + "000000", sCol, sRow, 5, 2));
                for (var c = 0; c < 10; c++)
                {
                    var code = subDistrict + (c + 1).ToString("000", CultureInfo.InvariantCulture);
                    var (col, row) = (sCol + c % 5, sRow + c / 5);
                    regions.Add(Area(code, $"基准{d + 1:00}区{s + 1:00}街道{c + 1:00}社区", RegionLevel.Community, subDistrict + "000", col, row, 1, 1));
                    communities.Add(new Community(code, col, row, PopulationWeight(col, row)));
                }
            }
        }
        Regions = regions;
        Communities = communities;
        _cumulativeWeight = new double[communities.Count];
        var sum = 0.0;
        for (var i = 0; i < communities.Count; i++) _cumulativeWeight[i] = sum += communities[i].Weight;
    }

    /// <summary>A community, the more likely the more people live there.</summary>
    public Community PickCommunity(Random random)
    {
        var target = random.NextDouble() * _cumulativeWeight[^1];
        var index = Array.BinarySearch(_cumulativeWeight, target);
        return Communities[Math.Min(index < 0 ? ~index : index, Communities.Count - 1)];
    }

    public static Point PointIn(Community community, Random random) =>
        Point(West + (community.Column + random.NextDouble()) * CellDegrees, South + (community.Row + random.NextDouble()) * CellDegrees);

    /// <summary>A point about <paramref name="sigmaMeters"/> from the given one, kept inside the city.</summary>
    public static Point Near(Point origin, double sigmaMeters, Random random)
    {
        var (dx, dy) = (Gaussian(random) * sigmaMeters / 94_500, Gaussian(random) * sigmaMeters / 111_000);
        return Point(
            Math.Clamp(origin.X + dx, West, West + Columns * CellDegrees),
            Math.Clamp(origin.Y + dy, South, South + Rows * CellDegrees));
    }

    public static Point Point(double longitude, double latitude) => Geometry.CreatePoint(new Coordinate(longitude, latitude));

    private static CityRegion Area(string code, string name, RegionLevel level, string? parent, int col, int row, int width, int height)
    {
        var (w, s) = (West + col * CellDegrees, South + row * CellDegrees);
        var (e, n) = (w + width * CellDegrees, s + height * CellDegrees);
        var centroid = Point((w + e) / 2, (s + n) / 2);
        // Only communities have a boundary, as in the demo data (the needs map draws them).
        var boundary = level == RegionLevel.Community
            ? Geometry.CreatePolygon([new(w, s), new(e, s), new(e, n), new(w, n), new(w, s)])
            : null;
        return new CityRegion(code, name, level, parent, centroid, boundary);
    }

    private static double PopulationWeight(int col, int row)
    {
        var (dx, dy) = (col - Columns / 2.0, row - Rows / 2.0);
        return 0.2 + Math.Exp(-(dx * dx + dy * dy) / (2 * 12.0 * 12.0));
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
