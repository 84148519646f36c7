using Marketplace.Api.Households;
using Marketplace.Api.Schema;
using Marketplace.Core.Categories;
using Marketplace.Core.Commands;
using Marketplace.Core.Households;
using Marketplace.Core.Needs;

namespace Marketplace.Api.Needs;

public static class NeedsSetup
{
    public static IServiceCollection AddNeeds(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<CategoryTaxonomy>();
        services.AddSingleton<NeedSearch>();
        services.AddSingleton<CaseworkerDirectory>();
        services.AddSingleton<NeedCommands>();
        services.AddSingleton<ICommandReaction<HouseholdMoved>, OpenNeedsMoveWithHousehold>();
        services.AddSingleton<IdleClaimSweeper>();
        services.AddOptions<ClaimOptions>().Bind(configuration.GetSection(ClaimOptions.Section));
        services.AddHostedService<IdleClaimSweepService>();
        services.AddScoped<NeedLoaders>();
        services.AddFieldsOf<HouseholdType>(HouseholdNeedsField.Add);
        services.AddQueryFields(NeedQueries.AddNeedQueries);
        return services.AddMutationFields(NeedMutations.AddNeedMutations);
    }
}
