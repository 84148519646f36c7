using System.Text.Json;
using GraphQLParser.AST;

namespace Marketplace.Api.Clearance;

/// <summary>
/// A GeoJSON geometry written by PostGIS (ST_AsGeoJSON), passed through as JSON so that a map
/// library takes the feature collection as it is. Output only.
/// </summary>
public sealed class GeoJsonGeometryType : ScalarGraphType
{
    public GeoJsonGeometryType()
    {
        Name = "GeoJSONGeometry";
        Description = "A GeoJSON geometry object (RFC 7946): Point, Polygon or MultiPolygon, coordinates [longitude, latitude] in WGS 84. Output only.";
    }

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        string json => JsonDocument.Parse(json).RootElement.Clone(),
        JsonElement element => element,
        _ => ThrowSerializationError(value),
    };

    public override object? ParseLiteral(GraphQLValue value) => ThrowLiteralConversionError(value, "GeoJSONGeometry is output only.");

    public override object? ParseValue(object? value) => ThrowValueConversionError(value);
}
