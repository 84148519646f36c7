using Marketplace.Api.Needs;
using Marketplace.Api.Resources;
using Marketplace.Core.Commands;
using Marketplace.Core.Matching;
using Marketplace.Core.Needs;
using Marketplace.Core.Resources;

namespace Marketplace.Api.Matching;

public static class MatchingSetup
{
    public static IServiceCollection AddMatching(this IServiceCollection services) => services
        .AddSingleton<MatchSuggester>().AddSingleton<AllocationPlanner>().AddSingleton<MatchCommands>().AddSingleton<MatchesToFollowUp>()
        // Matching reacts to needs cancelled and resources withdrawn, which know nothing of it.
        .AddSingleton<MatchReactions>()
        .AddSingleton<ICommandReaction<NeedCancelling>>(provider => provider.GetRequiredService<MatchReactions>())
        .AddSingleton<ICommandReaction<ResourceWithdrawing>>(provider => provider.GetRequiredService<MatchReactions>())
        .AddSingleton<ICommandReaction<ResourceWithdrawn>>(provider => provider.GetRequiredService<MatchReactions>())
        .AddScoped<MatchLoaders>()
        // A need's and a resource's matches, and enrolment in a project, belong to matching.
        .AddFieldsOf<NeedType>(MatchFieldsOfOthers.AddNeedMatches).AddFieldsOf<ResourceType>(MatchFieldsOfOthers.AddResourceMatches)
        .AddQueryFields(MatchingQueries.AddMatchingQueries).AddQueryFields(AllocationFields.AddAllocationQueries)
        .AddMutationFields(MatchMutations.AddMatchMutations).AddMutationFields(MatchFieldsOfOthers.AddProjectEnrolment)
        .AddMutationFields(AllocationFields.AddAllocationMutations);
}
