using Marketplace.Api.Schema;
using Marketplace.Core.Resources;

namespace Marketplace.Api.Resources;

public static class ResourcesSetup
{
    public static IServiceCollection AddResources(this IServiceCollection services)
    {
        services.AddSingleton<ResourceSearch>();
        services.AddSingleton<ResourceCommands>();
        services.AddScoped<ResourceLoaders>();
        services.AddQueryFields(ResourceQueries.AddResourceQueries);
        return services.AddMutationFields(ResourceMutations.AddResourceMutations);
    }
}
