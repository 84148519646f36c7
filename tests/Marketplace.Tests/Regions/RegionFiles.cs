using System.Text.Json;

namespace Marketplace.Tests.Regions;

/// <summary>Region files as an admin would upload them: GeoJSON FeatureCollections, written as text.</summary>
internal static class RegionFiles
{
    public static string Collection(params object[] features) => JsonSerializer.Serialize(new { type = "FeatureCollection", features });

    public static object Feature(string code, string name, object geometry, object? population = null, string? level = null, string? parentCode = null)
    {
        var properties = new Dictionary<string, object?> { ["code"] = code, ["name"] = name };
        if (population is not null) properties["population"] = population;
        if (level is not null) properties["level"] = level;
        if (parentCode is not null) properties["parentCode"] = parentCode;
        return new { type = "Feature", properties, geometry };
    }

    /// <summary>A square of 2 × <paramref name="half"/> degrees around a centre.</summary>
    public static object Square(double longitude, double latitude, double half) => new
    {
        type = "Polygon",
        coordinates = new[] { Ring((longitude - half, latitude - half), (longitude + half, latitude - half), (longitude + half, latitude + half), (longitude - half, latitude + half)) },
    };

    public static object PointAt(double longitude, double latitude) => new { type = "Point", coordinates = new[] { longitude, latitude } };

    /// <summary>A closed ring through the given corners.</summary>
    public static double[][] Ring(params (double Longitude, double Latitude)[] corners) =>
        [.. corners.Append(corners[0]).Select(c => new[] { c.Longitude, c.Latitude })];
}
