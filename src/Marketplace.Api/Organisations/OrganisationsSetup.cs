using Marketplace.Core.Organisations;

namespace Marketplace.Api.Organisations;

public static class OrganisationsSetup
{
    public static IServiceCollection AddOrganisations(this IServiceCollection services) => services
        .AddSingleton<OrganisationDirectory>().AddSingleton<OrganisationStanding>()
        .AddQueryFields(OrganisationQueries.AddOrganisationQueries).AddMutationFields(OrganisationQueries.AddOrganisationStanding);
}
