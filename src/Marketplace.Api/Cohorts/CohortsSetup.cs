using Marketplace.Core.Cohorts;

namespace Marketplace.Api.Cohorts;

public static class CohortsSetup
{
    public static IServiceCollection AddCohorts(this IServiceCollection services) => services
        .AddSingleton<HouseholdSearch>().AddSingleton<HouseholdsMapQuery>()
        .AddQueryFields(CohortQueries.AddCohortQueries);
}
