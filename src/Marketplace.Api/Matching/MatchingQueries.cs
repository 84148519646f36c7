using Marketplace.Api.Needs;
using Marketplace.Api.Projects;
using Marketplace.Api.Resources;
using Marketplace.Core.Matching;

namespace Marketplace.Api.Matching;

public sealed class MatchSuggestionType : ObjectGraphType<MatchSuggestion>
{
    public MatchSuggestionType()
    {
        Name = "MatchSuggestion";
        Description = "A resource or charity project that could serve a need, with its score and the reasons for it.";
        Field<ResourceType>("resource").Resolve(ctx => ctx.Source.Resource);
        Field<CharityProjectType>("charityProject").Resolve(ctx => ctx.Source.CharityProject);
        Field(x => x.DistanceMeters, nullable: true).Description("Geodesic metres from the household to the resource; null for projects, which serve regions.");
        Field(x => x.Score).Description("Out of 100: nearness within reach (40), urgency (25), household risk (20), how soon the resource lapses (15).");
        this.AddReasonFields(x => x.Reasons);
    }
}

public sealed class NeedSuggestionType : ObjectGraphType<NeedSuggestion>
{
    public NeedSuggestionType()
    {
        Name = "NeedSuggestion";
        Description = "An open need a resource could serve. Donors see its public side, measured to its community's centroid.";
        Field<NonNullGraphType<NeedType>>("need").Resolve(ctx => ctx.Source.Need);
        Field(x => x.DistanceMeters);
        Field(x => x.Score);
        this.AddReasonFields(x => x.Reasons);
    }
}

public static class MatchingQueries
{
    public static void AddMatchingQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<MatchSuggestionType>>>>("suggestMatches")
            .Description("For a need: open resources and projects that fit its category, have capacity and reach it, best first. For its caseworkers.")
            .Argument<NonNullGraphType<IdGraphType>>("needId")
            .Argument<IntGraphType>("first", $"1 to {MatchSuggester.MaxSuggestions}; 10 when not given.")
            .Argument<FloatGraphType>("radiusMeters", $"Look no further than this; {MatchSuggester.DefaultSearchRadiusMeters:0} m when not given.")
            .ResolveAsync(async ctx => await ctx.Service<MatchSuggester>().ForNeedAsync(
                ctx.Viewer(), ctx.GetGuidArgument("needId"), ctx.GetArgument("first", 10), ctx.GetArgument<double?>("radiusMeters"), ctx.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<NeedSuggestionType>>>>("suggestNeedsForResource")
            .Description("For a resource: open needs within its reach that it could serve, best first. For its organisation.")
            .Argument<NonNullGraphType<IdGraphType>>("resourceId")
            .Argument<IntGraphType>("first", $"1 to {MatchSuggester.MaxSuggestions}; 10 when not given.")
            .ResolveAsync(async ctx => await ctx.Service<MatchSuggester>().ForResourceAsync(
                ctx.Viewer(), ctx.GetGuidArgument("resourceId"), ctx.GetArgument("first", 10), ctx.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<MatchType>>>>("matchesToFollowUp")
            .Description("Accepted matches whose organisation is suspended, oldest first (at most 500): the households were promised them. Officers (their sub-district unless told) and admins (everywhere unless told).")
            .Argument<StringGraphType>("regionCode")
            .ResolveAsync(async ctx => await ctx.Service<MatchesToFollowUp>().OfSuspendedProvidersAsync(ctx.Viewer(), ctx.GetArgument<string?>("regionCode"), ctx.CancellationToken));
    }
}
