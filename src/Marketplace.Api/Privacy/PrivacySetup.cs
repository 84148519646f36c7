using Marketplace.Api.GraphQL;
using Marketplace.Api.Schema;
using Marketplace.Core.Households;
using Marketplace.Core.Matching;
using Marketplace.Core.Needs;

namespace Marketplace.Api.Privacy;

public static class PrivacySetup
{
    public static IServiceCollection AddPrivacy(this IServiceCollection services)
    {
        services.AddSingleton<PersonalDataLog>();
        services.AddSingleton<HouseholdPersonalViews>();
        services.AddSingleton<DeliveryContacts>();
        // One guard per request (or subscription event), whose reads are logged before its answer leaves.
        services.AddScoped<PersonalDataGuard>();
        services.AddScoped<IBeforeAnswer>(provider => provider.GetRequiredService<PersonalDataGuard>());
        return services.AddQueryFields(PersonalDataReadQueries.AddPersonalDataReadQueries);
    }
}
