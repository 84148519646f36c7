namespace Marketplace.Core.Needs;

/// <summary>
/// One entry of a need's timeline. Rows are only ever inserted: nothing about a need is lost
/// or overwritten silently.
/// </summary>
[Table("need_events")]
public sealed class NeedEvent
{
    public long Id { get; init; }
    public Guid NeedId { get; init; }
    public NeedEventKind Kind { get; init; }
    public DateTimeOffset At { get; init; }
    public required string Actor { get; init; }
    public NeedStatus? FromStatus { get; init; }
    public NeedStatus? ToStatus { get; init; }
    public string? Note { get; init; }
    public Guid? MatchId { get; init; }
}
