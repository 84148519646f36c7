using Marketplace.Core.Onboarding;

namespace Marketplace.Api.Onboarding;

public static class OnboardingSetup
{
    public static IServiceCollection AddOnboarding(this IServiceCollection services) => services
        .AddSingleton<OnboardingCommands>().AddSingleton<OrganisationApplications>()
        .AddQueryFields(OnboardingFields.AddOnboardingQueries).AddMutationFields(OnboardingFields.AddOnboardingMutations);
}
