using Marketplace.Core.Needs;

namespace Marketplace.Api.Subscriptions;

/// <summary>
/// A timeline entry as announced on the database channel (see the ChangeNotices migration): which
/// need changed, where, how, and the organisation of the match it concerns, if any.
/// </summary>
public sealed record ChangeNotice(Guid NeedId, string RegionCode, NeedEventKind Kind, DateTimeOffset At, Guid? MatchId, Guid? OrganisationId);
