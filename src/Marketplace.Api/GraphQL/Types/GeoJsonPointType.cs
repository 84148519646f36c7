using NetTopologySuite.Geometries;

namespace Marketplace.Api.GraphQL.Types;

/// <summary>A point as GeoJSON (RFC 7946): coordinates are [longitude, latitude], WGS 84.</summary>
public sealed class GeoJsonPointType : ObjectGraphType<Point>
{
    public GeoJsonPointType()
    {
        Name = "GeoJSONPoint";
        Description = "A GeoJSON Point (RFC 7946). coordinates are [longitude, latitude] in WGS 84.";
        Field<NonNullGraphType<StringGraphType>>("type").Resolve(_ => "Point");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FloatGraphType>>>>("coordinates")
            .Resolve(ctx => new[] { ctx.Source.X, ctx.Source.Y });
    }
}
