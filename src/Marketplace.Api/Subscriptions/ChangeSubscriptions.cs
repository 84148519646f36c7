using Marketplace.Api.Needs;
using Marketplace.Core.Clearance;
using Marketplace.Core.Matching;
using Marketplace.Core.Regions;
using MatchType = Marketplace.Api.Matching.MatchType;

namespace Marketplace.Api.Subscriptions;

/// <summary>Live updates of needs and matches, from the change feed, each event read as the subscriber may see it.</summary>
public static class ChangeSubscriptions
{
    public static void AddChangeSubscriptions(this ObjectGraphType subscription)
    {
        subscription.Field<NonNullGraphType<NeedChangeType>>("needChanged")
            .Description("Every change to a need of the region (any level): reported, claimed, matched, cleared… Caseworkers of the region, organisations (public side only), admins.")
            .Argument<NonNullGraphType<StringGraphType>>("regionCode")
            .ResolveStreamAsync(async ctx =>
            {
                var regionCode = ctx.GetArgument<string>("regionCode");
                ClearanceAccess.EnsureMayReport(ctx.Viewer(), regionCode);
                var region = await ctx.Service<RegionDirectory>().GetAsync(regionCode, ctx.CancellationToken);
                return ctx.Service<ChangeFeed>().Watch(change => RegionCode.Contains(region.Code, change.RegionCode));
            })
            .Resolve(ctx => ctx.Source);

        subscription.Field<NonNullGraphType<MatchChangeType>>("matchChanged")
            .Description("Every change to a match of the organisation's resources and projects: proposed, accepted, declined, delivered, cancelled. Its own staff and admins.")
            .Argument<NonNullGraphType<IdGraphType>>("organisationId")
            .ResolveStream(ctx =>
            {
                var organisationId = ctx.GetGuidArgument("organisationId");
                Permissions.EnsureActsFor(ctx.Viewer(), organisationId);
                return ctx.Service<ChangeFeed>().Watch(change => change.OrganisationId == organisationId && change.MatchId is not null);
            })
            .Resolve(ctx => ctx.Source);
    }
}

public sealed class NeedChangeType : ObjectGraphType<ChangeNotice>
{
    public NeedChangeType()
    {
        Name = "NeedChange";
        Description = "A need changed: what happened, and the need as it is now (as you may see it).";
        Field<NonNullGraphType<NeedEventKindType>>("kind").Resolve(ctx => ctx.Source.Kind);
        Field(x => x.At);
        Field<NonNullGraphType<NeedType>>("need").Resolve(ctx => ctx.LoadReadableNeed(ctx.Source.NeedId));
    }
}

public sealed class MatchChangeType : ObjectGraphType<ChangeNotice>
{
    public MatchChangeType()
    {
        Name = "MatchChange";
        Description = "A match of the organisation changed: what happened, and the match as it is now.";
        Field<NonNullGraphType<NeedEventKindType>>("kind").Resolve(ctx => ctx.Source.Kind);
        Field(x => x.At);
        Field<NonNullGraphType<MatchType>>("match").Resolve(ctx => ctx.LoadById<Match, Guid>(ctx.Source.MatchId!.Value));
    }
}
