using Marketplace.Core.RegionImports;

namespace Marketplace.Api.RegionImports;

/// <summary>
/// importRegions answers a file with problems with its preview, not with an error: the problems
/// are the answer an admin acts on, listed per feature, and a GraphQL error could carry them
/// only as loose extensions. A file that is not a FeatureCollection at all, or too large, is a VALIDATION error.
/// </summary>
public static class RegionImportFields
{
    public static void AddRegionImportMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<RegionImportType>>("importRegions")
            .Description("Admins load regions from a GeoJSON FeatureCollection (properties code, name, level, parentCode, population; "
                + "a Polygon boundary or a Point centroid). Everything is checked first; a dry run (the default) only previews. "
                + "With dryRun: false the regions are written in one transaction, or none when any feature has a problem.")
            .Argument<NonNullGraphType<StringGraphType>>("geojson",
                $"The FeatureCollection as text: at most {RegionImporter.MaxFeatures} features and {RegionImporter.MaxCharacters} characters "
                + "(the endpoint's own body limit, GraphQL:MaxRequestBodyBytes, applies first).")
            .Argument<BooleanGraphType>("dryRun", "True (the default) to preview; false to write.", a => a.DefaultValue = true)
            .ResolveAsync(async ctx => await ctx.Service<RegionImporter>().ImportAsync(
                ctx.Viewer(), ctx.GetArgument<string>("geojson"), ctx.GetArgument("dryRun", true), ctx.CancellationToken));
    }
}
