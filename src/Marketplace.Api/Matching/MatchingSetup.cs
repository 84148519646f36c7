using Marketplace.Api.Needs;
using Marketplace.Api.Resources;
using Marketplace.Api.Schema;
using Marketplace.Core.Commands;
using Marketplace.Core.Matching;
using Marketplace.Core.Needs;
using Marketplace.Core.Resources;

namespace Marketplace.Api.Matching;

public static class MatchingSetup
{
    public static IServiceCollection AddMatching(this IServiceCollection services)
    {
        services.AddSingleton<MatchSuggester>();
        services.AddSingleton<AllocationPlanner>();
        services.AddSingleton<MatchCommands>();
        // Matching reacts to needs cancelled and resources withdrawn, which know nothing of it.
        services.AddSingleton<MatchReactions>();
        services.AddSingleton<ICommandReaction<NeedCancelling>>(provider => provider.GetRequiredService<MatchReactions>());
        services.AddSingleton<ICommandReaction<ResourceWithdrawing>>(provider => provider.GetRequiredService<MatchReactions>());
        services.AddSingleton<ICommandReaction<ResourceWithdrawn>>(provider => provider.GetRequiredService<MatchReactions>());
        services.AddScoped<MatchLoaders>();
        services.AddFieldsOf<NeedType>(MatchFieldsOfOthers.AddNeedMatches);
        services.AddFieldsOf<ResourceType>(MatchFieldsOfOthers.AddResourceMatches);
        services.AddQueryFields(MatchingQueries.AddMatchingQueries);
        services.AddQueryFields(AllocationFields.AddAllocationQueries);
        services.AddMutationFields(MatchMutations.AddMatchMutations);
        services.AddMutationFields(MatchFieldsOfOthers.AddProjectEnrolment);
        return services.AddMutationFields(AllocationFields.AddAllocationMutations);
    }
}
