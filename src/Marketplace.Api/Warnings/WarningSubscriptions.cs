using Marketplace.Api.Subscriptions;
using Marketplace.Core.Regions;
using Marketplace.Core.Warnings;

namespace Marketplace.Api.Warnings;

/// <summary>
/// A warning's entry on its timeline (warning_events, written by the triggers on warnings in
/// the transaction of each change; see the RegistryRisk migration), as announced on the channel.
/// </summary>
public sealed record WarningNotice(long EventId, Guid WarningId, string CommunityCode, WarningStatus Status, DateTimeOffset At) : IFeedNotice
{
    public static readonly FeedTimeline Timeline = new("marketplace_warnings", "warning_events", "warning_event_notice", typeof(WarningNotice));
}

public static class WarningSubscriptions
{
    public static void AddWarningSubscriptions(this ObjectGraphType subscription) =>
        subscription.Field<NonNullGraphType<WarningChangeType>>("warningChanged")
            .Description("Every warning of the region (any level) raised, acknowledged or resolved. Those who may list them: caseworkers of the area, admins.")
            .Argument<NonNullGraphType<StringGraphType>>("regionCode")
            .ResolveStreamAsync(async ctx =>
            {
                var regionCode = WarningAccess.Region(ctx.Viewer(), ctx.GetArgument<string>("regionCode"))!;
                var region = await ctx.Service<RegionDirectory>().GetAsync(regionCode, ctx.CancellationToken);
                return ctx.Service<ChangeFeed>().Watch<WarningNotice>(change => RegionCode.Contains(region.Code, change.CommunityCode));
            })
            .Resolve(ctx => ctx.Source);
}

public sealed class WarningChangeType : ObjectGraphType<WarningNotice>
{
    public WarningChangeType()
    {
        Name = "WarningChange";
        Description = "A warning was raised or changed status: the status it took, and the warning as it is now.";
        Field<NonNullGraphType<WarningStatusType>>("status").Resolve(ctx => ctx.Source.Status);
        Field(x => x.At);
        Field<NonNullGraphType<WarningType>>("warning").Resolve(ctx => ctx.LoadById<Warning, Guid>(ctx.Source.WarningId));
    }
}
