using Marketplace.Api.Needs;
using Marketplace.Api.Resources;
using Marketplace.Core.Matching;
using Marketplace.Core.Needs;

namespace Marketplace.Api.Matching;

/// <summary>What matching adds to the types and roots of the features below it: a need's and a resource's matches, enrolment in a project.</summary>
public static class MatchFieldsOfOthers
{

    public static void AddNeedMatches(NeedType need) =>
        need.Field<ListGraphType<NonNullGraphType<MatchType>>>("matches")
            .Description("For caseworkers.")
            .Resolve(ctx =>
            {
                NeedAccess.EnsureCaseworker(ctx.Viewer(), "matches");
                return ctx.Service<MatchLoaders>().ByNeed.Load(ctx.Source.Id);
            });

    public static void AddResourceMatches(ResourceType resource) =>
        resource.Field<ListGraphType<NonNullGraphType<MatchType>>>("matches")
            .Description("Proposals and matches of this resource, newest first: for its organisation and admins.")
            .Resolve(ctx =>
            {
                Permissions.EnsureActsFor(ctx.Viewer(), ctx.Source.OrganisationId);
                return ctx.Service<MatchLoaders>().ByResource.Load(ctx.Source.Id);
            });

    public static void AddProjectEnrolment(ObjectGraphType mutation) =>
        mutation.Command<MatchType, Match>("enrolNeedInProject", "The need's social worker refers the household to a project (a proposed match the organisation accepts or declines).",
                (ctx, viewer, key) => ctx.Service<MatchCommands>().ProposeAsync(viewer,
                    new ProposeMatchInput(ctx.GetGuidArgument("needId"), null, ctx.GetGuidArgument("projectId"), 1, ctx.GetArgument<string?>("note")), key, ctx.CancellationToken))
            .Argument<NonNullGraphType<IdGraphType>>("needId")
            .Argument<NonNullGraphType<IdGraphType>>("projectId")
            .Argument<StringGraphType>("note");
}
