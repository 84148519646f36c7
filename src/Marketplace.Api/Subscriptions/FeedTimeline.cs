namespace Marketplace.Api.Subscriptions;

/// <summary>What a notice on the change feed carries, whatever its timeline: the entry's number in it.</summary>
public interface IFeedNotice
{
    long EventId { get; }
}

/// <summary>
/// A timeline the change feed follows: a table of numbered entries (an outbox written in the
/// transaction of each change), the SQL function that makes an entry's notice (JSON, read as
/// <see cref="NoticeType"/>), and the channel its trigger notifies on. A feature whose changes
/// are live registers its timeline as a service; the feed listens to them all on one connection
/// and, after a lost connection, reads each back.
/// </summary>
public sealed record FeedTimeline(string Channel, string Table, string NoticeFunction, Type NoticeType)
{
    /// <summary>Needs' timeline (need_events): needChanged, matchChanged.</summary>
    public static readonly FeedTimeline Needs = new(ChangeFeed.Channel, "need_events", "need_event_notice", typeof(ChangeNotice));
}
