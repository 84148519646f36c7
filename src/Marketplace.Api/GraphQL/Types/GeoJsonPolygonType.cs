using NetTopologySuite.Geometries;

namespace Marketplace.Api.GraphQL.Types;

/// <summary>A polygon as GeoJSON (RFC 7946): rings of [longitude, latitude] positions, the outer ring first.</summary>
public sealed class GeoJsonPolygonType : ObjectGraphType<Polygon>
{
    public GeoJsonPolygonType()
    {
        Name = "GeoJSONPolygon";
        Description = "A GeoJSON Polygon (RFC 7946): linear rings of [longitude, latitude] positions, the exterior ring first.";
        Field<NonNullGraphType<StringGraphType>>("type").Resolve(_ => "Polygon");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ListGraphType<NonNullGraphType<ListGraphType<NonNullGraphType<FloatGraphType>>>>>>>>("coordinates")
            .Resolve(ctx => new[] { ctx.Source.ExteriorRing }.Concat(ctx.Source.InteriorRings)
                .Select(ring => ring.Coordinates.Select(c => new[] { c.X, c.Y }).ToArray())
                .ToArray());
    }
}
