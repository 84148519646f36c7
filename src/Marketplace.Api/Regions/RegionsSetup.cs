using Marketplace.Core.Regions;

namespace Marketplace.Api.Regions;

public static class RegionsSetup
{
    public static IServiceCollection AddRegions(this IServiceCollection services) => services
        .AddSingleton<RegionDirectory>()
        .AddScoped<RegionLoaders>()
        .AddQueryFields(RegionQueries.AddRegionQueries);
}
