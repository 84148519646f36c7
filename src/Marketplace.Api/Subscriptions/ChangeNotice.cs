using Marketplace.Core.Needs;

namespace Marketplace.Api.Subscriptions;

/// <summary>
/// A timeline entry as announced on the database channel (see the ChangeNotices and
/// ReplayableChangeNotices migrations): the entry, which need changed, where, how, and the
/// organisation of the match it concerns, if any.
/// </summary>
public sealed record ChangeNotice(long EventId, Guid NeedId, string RegionCode, NeedEventKind Kind, DateTimeOffset At, Guid? MatchId, Guid? OrganisationId);
