using Marketplace.Core.Households;

namespace Marketplace.Api.Households;

public static class HouseholdsSetup
{
    public static IServiceCollection AddHouseholds(this IServiceCollection services) => services
        .AddSingleton<HouseholdCommands>()
        .AddMutationFields(HouseholdMutations.AddHouseholdMutations);
}
