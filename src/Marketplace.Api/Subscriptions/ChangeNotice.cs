using Marketplace.Core.Needs;

namespace Marketplace.Api.Subscriptions;

/// <summary>
/// A timeline entry as announced on the database channel (see need_event_notice and the
/// need_events_notify trigger in the Baseline migration): the entry, which need changed, where,
/// how, and the organisation of the match it concerns, if any.
/// </summary>
public sealed record ChangeNotice(long EventId, Guid NeedId, string RegionCode, NeedEventKind Kind, DateTimeOffset At, Guid? MatchId, Guid? OrganisationId)
    : IFeedNotice;
