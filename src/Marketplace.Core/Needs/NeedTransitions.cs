namespace Marketplace.Core.Needs;

/// <summary>The need's state machine: from which statuses each change may happen.</summary>
public static class NeedTransitions
{
    private static readonly Dictionary<NeedEventKind, NeedStatus[]> AllowedFrom = new()
    {
        [NeedEventKind.Verified] = [NeedStatus.Reported],
        [NeedEventKind.Claimed] = [NeedStatus.Reported, NeedStatus.Verified],
        // A need with live matches is released by cancelling them first, so that no donor is left waiting.
        [NeedEventKind.ClaimReleased] = [NeedStatus.Claimed],
        [NeedEventKind.ClaimReassigned] = [NeedStatus.Claimed, NeedStatus.Matched, NeedStatus.InService],
        [NeedEventKind.MatchProposed] = [NeedStatus.Claimed, NeedStatus.Matched, NeedStatus.InService],
        [NeedEventKind.Cleared] = [NeedStatus.Claimed, NeedStatus.Matched, NeedStatus.InService],
        [NeedEventKind.Cancelled] = [NeedStatus.Reported, NeedStatus.Verified, NeedStatus.Claimed, NeedStatus.Matched, NeedStatus.InService],
        [NeedEventKind.Reopened] = [NeedStatus.Cleared, NeedStatus.Cancelled],
    };

    public static void Ensure(Need need, NeedEventKind change)
    {
        if (AllowedFrom[change].Contains(need.Status)) return;
        var from = string.Join(", ", AllowedFrom[change].Select(Name));
        throw new InvalidTransitionException($"This need is {Name(need.Status)}; '{change}' is only possible from {from}.");
    }

    private static string Name(NeedStatus status) => status switch
    {
        NeedStatus.InService => "IN_SERVICE",
        _ => status.ToString().ToUpperInvariant(),
    };
}
