using Marketplace.Api.Households;
using Marketplace.Core.Categories;
using Marketplace.Core.Commands;
using Marketplace.Core.Households;
using Marketplace.Core.Needs;

namespace Marketplace.Api.Needs;

public static class NeedsSetup
{
    public static IServiceCollection AddNeeds(this IServiceCollection services, IConfiguration configuration) => services
        .AddSingleton<CategoryTaxonomy>().AddSingleton<NeedSearch>().AddSingleton<CaseworkerDirectory>().AddSingleton<NeedCommands>()
        // A household's open needs move with it.
        .AddSingleton<ICommandReaction<HouseholdMoved>, OpenNeedsMoveWithHousehold>()
        // Claims idle for too long go back to the pool.
        .AddSingleton<IdleClaimSweeper>().AddHostedService<IdleClaimSweepService>()
        .AddOptions<ClaimOptions>().Bind(configuration.GetSection(ClaimOptions.Section)).Services
        .AddScoped<NeedLoaders>()
        .AddFieldsOf<HouseholdType>(HouseholdNeedsField.Add)
        .AddQueryFields(NeedQueries.AddNeedQueries).AddMutationFields(NeedMutations.AddNeedMutations);
}
