namespace Marketplace.Core.Needs;

/// <summary>REPORTED → (VERIFIED) → CLAIMED → MATCHED → IN_SERVICE → CLEARED (销号); or CANCELLED.</summary>
public enum NeedStatus
{
    Reported,
    Verified,
    Claimed,
    Matched,
    InService,
    Cleared,
    Cancelled,
}

public static class NeedStatuses
{
    /// <summary>Statuses in which a need still waits for help; overdue is only ever said of these.</summary>
    public static readonly IReadOnlyList<NeedStatus> Open =
        [NeedStatus.Reported, NeedStatus.Verified, NeedStatus.Claimed, NeedStatus.Matched, NeedStatus.InService];

    public static bool IsOpen(this NeedStatus status) => status is not (NeedStatus.Cleared or NeedStatus.Cancelled);
}
