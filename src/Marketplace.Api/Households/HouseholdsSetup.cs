using Marketplace.Core.Households;
using Marketplace.Core.Households.Members;

namespace Marketplace.Api.Households;

public static class HouseholdsSetup
{
    public static IServiceCollection AddHouseholds(this IServiceCollection services) => services
        .AddSingleton<HouseholdCommands>().AddSingleton<MemberCommands>()
        .AddMutationFields(HouseholdMutations.AddHouseholdMutations)
        .AddMutationFields(MemberMutations.AddMemberMutations);
}
