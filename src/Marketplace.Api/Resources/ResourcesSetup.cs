using Marketplace.Core.Resources;

namespace Marketplace.Api.Resources;

public static class ResourcesSetup
{
    public static IServiceCollection AddResources(this IServiceCollection services) => services
        .AddSingleton<ResourceSearch>().AddSingleton<ResourceCommands>()
        .AddQueryFields(ResourceQueries.AddResourceQueries).AddMutationFields(ResourceMutations.AddResourceMutations);
}
