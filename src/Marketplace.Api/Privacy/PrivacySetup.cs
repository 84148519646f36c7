using Marketplace.Core.Households;
using Marketplace.Core.Households.Members;
using Marketplace.Core.Matching;
using Marketplace.Core.Needs;

namespace Marketplace.Api.Privacy;

public static class PrivacySetup
{
    // One guard per request (or subscription event), whose reads are logged before its answer leaves.
    public static IServiceCollection AddPrivacy(this IServiceCollection services) => services
        .AddSingleton<PersonalDataLog>().AddSingleton<HouseholdPersonalViews>().AddSingleton<DeliveryContacts>().AddSingleton<MemberReads>()
        .AddScoped<PersonalDataGuard>().AddScoped<IBeforeAnswer>(provider => provider.GetRequiredService<PersonalDataGuard>())
        .AddQueryFields(PersonalDataReadQueries.AddPersonalDataReadQueries);
}
