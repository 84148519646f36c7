using Marketplace.Api.Needs;
using Marketplace.Core.Clearance;

namespace Marketplace.Api.Clearance;

/// <summary>The needs map as a GeoJSON FeatureCollection; its features are areas, then points.</summary>
public sealed class NeedsMapType : ObjectGraphType<NeedsMap>
{
    public NeedsMapType()
    {
        Name = "NeedsMap";
        Description = "A GeoJSON FeatureCollection (RFC 7946), ready for a map library: one REGION feature per area with its figures, then, for those who may locate households, one NEED feature per open need (at most 2,000, most urgent first).";
        Field<NonNullGraphType<StringGraphType>>("type").Resolve(_ => "FeatureCollection");
        Field(x => x.RegionCode);
        Field<NonNullGraphType<Regions.RegionLevelType>>("level").Resolve(ctx => ctx.Source.Level);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NeedsMapFeatureType>>>>("features")
            .Resolve(ctx => ctx.Source.Areas.Select(NeedsMapFeature.Of).Concat((ctx.Source.Points ?? []).Select(NeedsMapFeature.Of)));
    }
}

/// <summary>An area or a point, in the one shape GeoJSON gives both.</summary>
public sealed record NeedsMapFeature(string Id, string GeometryJson, NeedsMapArea? Area, NeedsMapPoint? Point) : IMapFeature
{
    public static NeedsMapFeature Of(NeedsMapArea area) => new(area.RegionCode, area.GeometryJson, area, null);

    public static NeedsMapFeature Of(NeedsMapPoint point) =>
        new(point.NeedId.ToString(), MapFeatures.PointJson(point.Longitude, point.Latitude), null, point);
}

public sealed class NeedsMapFeatureType() : MapFeatureType<NeedsMapFeature, NeedsMapPropertiesType>("NeedsMapFeature", "The region code, or the need's id.");

public sealed class NeedsMapFeatureKindType : EnumerationGraphType
{
    public NeedsMapFeatureKindType()
    {
        Name = "NeedsMapFeatureKind";
        Add("REGION", "REGION", "An area with its figures.");
        Add("NEED", "NEED", "An open need at its household's point.");
    }
}

public sealed class NeedsMapPropertiesType : ObjectGraphType<NeedsMapFeature>
{
    public NeedsMapPropertiesType()
    {
        Name = "NeedsMapProperties";
        Description = "REGION features carry the area's figures over all its needs as they stand now; NEED features the need's public facts.";
        Field<NonNullGraphType<NeedsMapFeatureKindType>>("kind").Resolve(ctx => ctx.Source.Area is null ? "NEED" : "REGION");
        Field<NonNullGraphType<StringGraphType>>("regionCode").Resolve(ctx => ctx.Source.Area?.RegionCode ?? ctx.Source.Point!.RegionCode);
        Field<NonNullGraphType<StringGraphType>>("regionName").Resolve(ctx => ctx.Source.Area?.RegionName ?? ctx.Source.Point!.RegionName);
        Field<IntGraphType>("collected").Resolve(ctx => ctx.Source.Area?.Figures.Collected);
        Field<IntGraphType>("cleared").Resolve(ctx => ctx.Source.Area?.Figures.Cleared);
        Field<IntGraphType>("open").Resolve(ctx => ctx.Source.Area?.Figures.Open);
        Field<IntGraphType>("overdue").Resolve(ctx => ctx.Source.Area?.Figures.Overdue);
        Field<IntGraphType>("cancelled").Resolve(ctx => ctx.Source.Area?.Figures.Cancelled);
        Field<FloatGraphType>("clearanceRate").Resolve(ctx => ctx.Source.Area?.Figures.ClearanceRate);
        Field<IdGraphType>("needId").Resolve(ctx => ctx.Source.Point?.NeedId);
        Field<StringGraphType>("categoryCode").Resolve(ctx => ctx.Source.Point?.CategoryCode);
        Field<UrgencyType>("urgency").Resolve(ctx => ctx.Source.Point?.Urgency);
        Field<NeedStatusType>("status").Resolve(ctx => ctx.Source.Point?.Status);
    }
}
