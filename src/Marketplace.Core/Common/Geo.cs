using NetTopologySuite;
using NetTopologySuite.Geometries;

namespace Marketplace.Core.Common;

/// <summary>WGS 84 points and the bounds we accept for them.</summary>
public static class Geo
{
    public const int Wgs84 = 4326;

    /// <summary>A service radius or search radius above this is a mistake, not a use case (a city is ~100 km).</summary>
    public const double MaxRadiusMeters = 200_000;

    internal static readonly GeometryFactory Factory =
        NtsGeometryServices.Instance.CreateGeometryFactory(srid: Wgs84);

    public static Point Point(double latitude, double longitude) =>
        Factory.CreatePoint(new Coordinate(longitude, latitude));

    public static Polygon Polygon(IEnumerable<(double Latitude, double Longitude)> ring) =>
        Factory.CreatePolygon(ring.Select(p => new Coordinate(p.Longitude, p.Latitude)).ToArray());

    public static bool IsValidLatitude(double value) => value is >= -90 and <= 90;

    public static bool IsValidLongitude(double value) => value is >= -180 and <= 180;

    public static bool IsValidRadius(double meters) => meters > 0 && meters <= MaxRadiusMeters;
}
