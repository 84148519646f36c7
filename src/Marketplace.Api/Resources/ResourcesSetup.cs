using Marketplace.Core.Commands;
using Marketplace.Core.Organisations;
using Marketplace.Core.Resources;

namespace Marketplace.Api.Resources;

public static class ResourcesSetup
{
    public static IServiceCollection AddResources(this IServiceCollection services) => services
        .AddSingleton<ResourceSearch>().AddSingleton<ResourceCommands>()
        // Resources follow their organisation's standing, which knows nothing of them.
        .AddSingleton<ResourcesFollowTheirOrganisation>()
        .AddSingleton<ICommandReaction<OrganisationSuspended>>(provider => provider.GetRequiredService<ResourcesFollowTheirOrganisation>())
        .AddSingleton<ICommandReaction<OrganisationReinstated>>(provider => provider.GetRequiredService<ResourcesFollowTheirOrganisation>())
        .AddQueryFields(ResourceQueries.AddResourceQueries).AddMutationFields(ResourceMutations.AddResourceMutations);
}
