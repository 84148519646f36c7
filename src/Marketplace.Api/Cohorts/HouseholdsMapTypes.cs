using Marketplace.Api.Clearance;
using Marketplace.Api.Households;
using Marketplace.Core.Cohorts;
using Marketplace.Core.Households;

namespace Marketplace.Api.Cohorts;

/// <summary>The household map as a GeoJSON FeatureCollection; its features are areas, then points.</summary>
public sealed class HouseholdsMapType : ObjectGraphType<HouseholdsMap>
{
    public HouseholdsMapType()
    {
        Name = "HouseholdsMap";
        Description = "A GeoJSON FeatureCollection (RFC 7946): one REGION feature per area with its live households by risk level and assistance status, then, when asked and allowed, one HOUSEHOLD feature per HIGH-risk household at its point.";
        Field<NonNullGraphType<StringGraphType>>("type").Resolve(_ => "FeatureCollection");
        Field(x => x.RegionCode);
        Field<NonNullGraphType<Regions.RegionLevelType>>("level").Resolve(ctx => ctx.Source.Level);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HouseholdsMapFeatureType>>>>("features")
            .Resolve(ctx => ctx.Source.Areas.Select(HouseholdsMapFeature.Of).Concat((ctx.Source.Points ?? []).Select(HouseholdsMapFeature.Of)));
    }
}

/// <summary>An area or a point, in the one shape GeoJSON gives both.</summary>
public sealed record HouseholdsMapFeature(string Id, string GeometryJson, HouseholdsMapArea? Area, HouseholdsMapPoint? Point) : IMapFeature
{
    public static HouseholdsMapFeature Of(HouseholdsMapArea area) => new(area.RegionCode, area.GeometryJson, area, null);

    public static HouseholdsMapFeature Of(HouseholdsMapPoint point) =>
        new(point.HouseholdId.ToString(), MapFeatures.PointJson(point.Longitude, point.Latitude), null, point);
}

public sealed class HouseholdsMapFeatureType()
    : MapFeatureType<HouseholdsMapFeature, HouseholdsMapPropertiesType>("HouseholdsMapFeature", "The region code, or the household's id.");

public sealed class HouseholdsMapFeatureKindType : EnumerationGraphType
{
    public HouseholdsMapFeatureKindType()
    {
        Name = "HouseholdsMapFeatureKind";
        Add("REGION", "REGION", "An area with its households counted.");
        Add("HOUSEHOLD", "HOUSEHOLD", "A HIGH-risk household at its point.");
    }
}

public sealed class HouseholdsMapPropertiesType : ObjectGraphType<HouseholdsMapFeature>
{
    public HouseholdsMapPropertiesType()
    {
        Name = "HouseholdsMapProperties";
        Description = "REGION features carry the area's live households (merged files left out) counted by risk level and by assistance status (a household holding two statuses counts under both); HOUSEHOLD features the household's id and level.";
        Field<NonNullGraphType<HouseholdsMapFeatureKindType>>("kind").Resolve(ctx => ctx.Source.Area is null ? "HOUSEHOLD" : "REGION");
        Field<NonNullGraphType<StringGraphType>>("regionCode").Resolve(ctx => ctx.Source.Area?.RegionCode ?? ctx.Source.Point!.CommunityCode);
        Field<NonNullGraphType<StringGraphType>>("regionName").Resolve(ctx => ctx.Source.Area?.RegionName ?? ctx.Source.Point!.CommunityName);
        Field<IntGraphType>("households").Resolve(ctx => ctx.Source.Area?.Households);
        Field<ListGraphType<NonNullGraphType<RiskLevelCountType>>>("byRiskLevel").Resolve(ctx => ctx.Source.Area?.ByRiskLevel);
        Field<ListGraphType<NonNullGraphType<AssistanceStatusCountType>>>("byAssistanceStatus").Resolve(ctx => ctx.Source.Area?.ByAssistanceStatus);
        Field<IdGraphType>("householdId").Resolve(ctx => ctx.Source.Point?.HouseholdId);
        Field<RiskLevelType>("riskLevel").Resolve(ctx => ctx.Source.Point?.RiskLevel);
    }
}

public sealed class RiskLevelCountType : ObjectGraphType<(RiskLevel Level, int Households)>
{
    public RiskLevelCountType()
    {
        Name = "RiskLevelCount";
        Field<NonNullGraphType<RiskLevelType>>("riskLevel").Resolve(ctx => ctx.Source.Level);
        Field<NonNullGraphType<IntGraphType>>("households").Resolve(ctx => ctx.Source.Households);
    }
}

public sealed class AssistanceStatusCountType : ObjectGraphType<(AssistanceStatus Status, int Households)>
{
    public AssistanceStatusCountType()
    {
        Name = "AssistanceStatusCount";
        Field<NonNullGraphType<AssistanceStatusType>>("status").Resolve(ctx => ctx.Source.Status);
        Field<NonNullGraphType<IntGraphType>>("households").Resolve(ctx => ctx.Source.Households);
    }
}
