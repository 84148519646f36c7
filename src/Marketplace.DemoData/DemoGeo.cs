using Marketplace.Core.Common;
using NetTopologySuite.Geometries;

namespace Marketplace.DemoData;

/// <summary>Metre-scale geometry on WGS 84 for placing demo points; an equirectangular approximation is plenty at a few kilometres.</summary>
internal static class DemoGeo
{
    private const double MetresPerDegree = 111_320;

    public static (double Latitude, double Longitude) Offset(double latitude, double longitude, double northMetres, double eastMetres) =>
        (latitude + (northMetres / MetresPerDegree),
         longitude + (eastMetres / (MetresPerDegree * Math.Cos(latitude * Math.PI / 180))));

    public static (double Latitude, double Longitude) Polar(double latitude, double longitude, double metres, double bearingDegrees)
    {
        var radians = bearingDegrees * Math.PI / 180;
        return Offset(latitude, longitude, metres * Math.Cos(radians), metres * Math.Sin(radians));
    }

    /// <summary>A point uniformly distributed in the disc of the given radius (the square root keeps the density flat).</summary>
    public static Point Scatter(Random random, Point centre, double radiusMetres)
    {
        var distance = radiusMetres * Math.Sqrt(random.NextDouble());
        var (lat, lon) = Polar(centre.Y, centre.X, distance, random.NextDouble() * 360);
        return Geo.Point(Math.Round(lat, 6), Math.Round(lon, 6));
    }

    /// <summary>A square around a centroid, counter-clockwise and closed, as the boundary of a demo community.</summary>
    public static Polygon Square(double latitude, double longitude, double halfSideMetres)
    {
        var (south, west) = Offset(latitude, longitude, -halfSideMetres, -halfSideMetres);
        var (north, east) = Offset(latitude, longitude, halfSideMetres, halfSideMetres);
        (double, double)[] ring =
        [
            (Math.Round(south, 6), Math.Round(west, 6)),
            (Math.Round(south, 6), Math.Round(east, 6)),
            (Math.Round(north, 6), Math.Round(east, 6)),
            (Math.Round(north, 6), Math.Round(west, 6)),
            (Math.Round(south, 6), Math.Round(west, 6)),
        ];
        return Geo.Polygon(ring);
    }

    /// <summary>Great-circle distance in metres (haversine), close enough to PostGIS geography at these ranges to decide what fits.</summary>
    public static double DistanceMetres(Point a, Point b)
    {
        const double earthRadius = 6_371_008.8;
        var lat1 = a.Y * Math.PI / 180;
        var lat2 = b.Y * Math.PI / 180;
        var dLat = lat2 - lat1;
        var dLon = (b.X - a.X) * Math.PI / 180;
        var h = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2)) + (Math.Cos(lat1) * Math.Cos(lat2) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * earthRadius * Math.Asin(Math.Sqrt(h));
    }
}
