namespace Marketplace.Api.Clearance;

/// <summary>A feature of a map the API draws as GeoJSON: an id and a geometry already written as GeoJSON text.</summary>
public interface IMapFeature
{
    string Id { get; }
    string GeometryJson { get; }
}

/// <summary>
/// The one shape of a GeoJSON Feature (RFC 7946) in the schema, whatever the map: "type", "id",
/// "geometry" and its map's own "properties" (the feature itself, read by <typeparamref name="TPropertiesType"/>).
/// </summary>
public abstract class MapFeatureType<TFeature, TPropertiesType> : ObjectGraphType<TFeature>
    where TFeature : IMapFeature
    where TPropertiesType : IGraphType
{
    protected MapFeatureType(string name, string idDescription)
    {
        Name = name;
        Field<NonNullGraphType<StringGraphType>>("type").Resolve(_ => "Feature");
        Field<NonNullGraphType<StringGraphType>>("id").Description(idDescription).Resolve(ctx => ctx.Source.Id);
        Field<NonNullGraphType<GeoJsonGeometryType>>("geometry").Resolve(ctx => ctx.Source.GeometryJson);
        Field<NonNullGraphType<TPropertiesType>>("properties").Resolve(ctx => ctx.Source);
    }
}

public static class MapFeatures
{
    /// <summary>A point as GeoJSON text, its coordinates written so that they read back exactly.</summary>
    public static string PointJson(double longitude, double latitude) =>
        FormattableString.Invariant($$"""{"type":"Point","coordinates":[{{longitude:R}},{{latitude:R}}]}""");
}
