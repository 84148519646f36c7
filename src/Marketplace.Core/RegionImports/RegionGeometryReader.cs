using System.Text.Json;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using NetTopologySuite.Operation.Valid;

namespace Marketplace.Core.RegionImports;

/// <summary>
/// A feature's geometry: a Polygon (or a MultiPolygon of one part) is the region's boundary, a
/// Point its centroid. NTS's GeoJSON reader parses it; the checks here turn what it accepts but
/// PostGIS or the map would not (positions off the globe, self-crossing rings) into problems
/// that say what to fix.
/// </summary>
internal static class RegionGeometryReader
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new GeoJsonConverterFactory(Geo.Factory) } };

    public static void Read(RegionFeature feature, JsonElement? geometry, JsonElement? centroid)
    {
        switch (Parse(feature, geometry))
        {
            case Point point:
                if (centroid is not (null or { ValueKind: JsonValueKind.Null }))
                {
                    feature.Refuse(RegionImportProblemCode.InvalidGeometry, "The geometry is a Point, the centroid itself: leave the \"centroid\" property out.");
                }
                feature.Centroid = OnTheGlobe(feature, point) ? Geo.Factory.CreatePoint(new Coordinate(point.X, point.Y)) : null;
                return;
            case Polygon polygon:
                feature.Boundary = ValidBoundary(feature, polygon);
                break;
            case MultiPolygon { NumGeometries: 1 } single:
                feature.Boundary = ValidBoundary(feature, (Polygon)single.GetGeometryN(0));
                break;
            case MultiPolygon parts:
                feature.Refuse(RegionImportProblemCode.MultiPartGeometry,
                    $"A MultiPolygon of {parts.NumGeometries} parts: a region's boundary is one polygon. Give its main part, or the parts as regions of their own.");
                return;
            case { } other:
                feature.Refuse(RegionImportProblemCode.InvalidGeometry, $"A {other.GeometryType} is not a region's geometry: give its boundary as a Polygon, or its centroid as a Point.");
                return;
            default:
                return;
        }
        ReadCentroid(feature, centroid);
    }

    private static Geometry? Parse(RegionFeature feature, JsonElement? geometry)
    {
        if (geometry is not { ValueKind: JsonValueKind.Object } given)
        {
            feature.Refuse(RegionImportProblemCode.InvalidGeometry, "No geometry: give the region's boundary as a Polygon, or its centroid as a Point.");
            return null;
        }
        try
        {
            return given.Deserialize<Geometry>(Json);
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException or NotSupportedException or FormatException)
        {
            feature.Refuse(RegionImportProblemCode.InvalidGeometry, $"The geometry is not valid GeoJSON: {e.Message}");
            return null;
        }
    }

    /// <summary>"centroid": [longitude, latitude], for a polygon whose computed point on its surface would not do.</summary>
    private static void ReadCentroid(RegionFeature feature, JsonElement? centroid)
    {
        if (centroid is null or { ValueKind: JsonValueKind.Null }) return;
        if (centroid is { ValueKind: JsonValueKind.Array } position && position.GetArrayLength() is 2 or 3
            && position[0].TryGetDouble(out var longitude) && position[1].TryGetDouble(out var latitude))
        {
            var point = Geo.Factory.CreatePoint(new Coordinate(longitude, latitude));
            if (OnTheGlobe(feature, point)) feature.Centroid = point;
            return;
        }
        feature.Refuse(RegionImportProblemCode.InvalidGeometry, "\"centroid\" is a position, [longitude, latitude].");
    }

    private static Polygon? ValidBoundary(RegionFeature feature, Polygon polygon)
    {
        if (polygon.IsEmpty)
        {
            feature.Refuse(RegionImportProblemCode.InvalidGeometry, "The polygon is empty.");
            return null;
        }
        if (!OnTheGlobe(feature, polygon)) return null;
        if (new IsValidOp(polygon).ValidationError is { } error)
        {
            feature.Refuse(RegionImportProblemCode.InvalidGeometry,
                $"The boundary is not a valid polygon: {error.Message} near [{error.Coordinate?.X}, {error.Coordinate?.Y}].");
            return null;
        }
        return Flat(polygon);
    }

    private static bool OnTheGlobe(RegionFeature feature, Geometry geometry)
    {
        if (geometry.Coordinates.FirstOrDefault(c => !Geo.IsValidLongitude(c.X) || !Geo.IsValidLatitude(c.Y)) is not { } off) return true;
        feature.Refuse(RegionImportProblemCode.InvalidGeometry,
            $"[{off.X}, {off.Y}] is not a position on the globe: GeoJSON gives [longitude, latitude], longitude first, in WGS 84.");
        return false;
    }

    /// <summary>Heights dropped: the columns are two-dimensional, and PostGIS refuses a third.</summary>
    private static Polygon Flat(Polygon polygon) => Geo.Factory.CreatePolygon(
        Ring(polygon.ExteriorRing),
        [.. polygon.InteriorRings.Select(Ring)]);

    private static LinearRing Ring(LineString ring) => Geo.Factory.CreateLinearRing([.. ring.Coordinates.Select(c => new Coordinate(c.X, c.Y))]);
}
