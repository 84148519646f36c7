using Marketplace.Api.Households;
using Marketplace.Core.Duplicates;

namespace Marketplace.Api.Duplicates;

public static class DuplicatesSetup
{
    public static IServiceCollection AddDuplicates(this IServiceCollection services) => services
        .AddSingleton<DuplicateSuspects>().AddSingleton<DuplicateDismissals>().AddSingleton<HouseholdMerge>()
        // Where a merged file went belongs to merging, not to the household's type.
        .AddFieldsOf<HouseholdType>(DuplicateFields.AddMergedInto)
        .AddQueryFields(DuplicateFields.AddDuplicateQueries).AddMutationFields(DuplicateFields.AddDuplicateMutations);
}
