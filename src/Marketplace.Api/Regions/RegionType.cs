using Marketplace.Api.GraphQL.Types;
using Marketplace.Core.Regions;

namespace Marketplace.Api.Regions;

public sealed class RegionType : ObjectGraphType<Region>
{
    public RegionType()
    {
        Name = "Region";
        Description = "An administrative region, keyed by its 12-digit division code.";
        Field(x => x.Code).Description("The 12-digit administrative division code.");
        Field(x => x.Name);
        Field<NonNullGraphType<RegionLevelType>>("level").Resolve(ctx => ctx.Source.Level);
        Field(x => x.ParentCode, nullable: true);
        Field<RegionType>("parent").Resolve(ctx =>
            ctx.Source.ParentCode is { } parent ? ctx.LoadById<Region, string>(parent) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionType>>>>("children")
            .Resolve(ctx => ctx.Service<RegionLoaders>().Children.Load(ctx.Source.Code));
        Field<NonNullGraphType<GeoJsonPointType>>("centroid").Resolve(ctx => ctx.Source.Centroid);
        Field<GeoJsonPolygonType>("boundary").Description("Where known.").Resolve(ctx => ctx.Source.Boundary);
        Field(x => x.Population, nullable: true).Description("Resident population where known (importRegions sets it).");
    }
}
