using Marketplace.Core.RegionImports;

namespace Marketplace.Api.RegionImports;

public static class RegionImportsSetup
{
    public static IServiceCollection AddRegionImports(this IServiceCollection services) => services
        .AddSingleton<RegionImporter>()
        .AddMutationFields(RegionImportFields.AddRegionImportMutations);
}
