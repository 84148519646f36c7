using Marketplace.Api.Households;
using Marketplace.Core.Commands;
using Marketplace.Core.Households;
using Marketplace.Core.Risk;

namespace Marketplace.Api.Risk;

public static class RiskSetup
{
    public static IServiceCollection AddRisk(this IServiceCollection services) => services
        .AddSingleton<RiskScorer>().AddSingleton<RiskModels>().AddSingleton<RiskModelCommands>()
        // A household is re-scored whenever its file changes, in the same transaction.
        .AddSingleton<ICommandReaction<HouseholdFileChanged>, RiskReactions>()
        .AddScoped<RiskLoaders>()
        .AddFieldsOf<HouseholdType>(HouseholdRiskFields.Add)
        .AddQueryFields(RiskFields.AddRiskQueries).AddMutationFields(RiskFields.AddRiskMutations);
}
