using Marketplace.Api.Households;
using Marketplace.Core.Households.Events;

namespace Marketplace.Api.HouseholdEvents;

public static class HouseholdEventsSetup
{
    public static IServiceCollection AddHouseholdEvents(this IServiceCollection services) => services
        .AddSingleton<HouseholdEventCommands>()
        .AddScoped<HouseholdEventLoaders>()
        .AddFieldsOf<HouseholdType>(HouseholdEventFields.AddHouseholdEvents)
        .AddMutationFields(HouseholdEventFields.AddHouseholdEventMutations);
}
