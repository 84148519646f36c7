namespace Marketplace.Core.Needs;

public enum NeedEventKind
{
    Reported,
    Verified,
    Claimed,
    ClaimReleased,
    ClaimReassigned,
    MatchProposed,
    MatchAccepted,
    MatchDeclined,
    MatchDelivered,
    MatchCancelled,
    NoteAdded,
    Cleared,
    Cancelled,
    Reopened,
}
