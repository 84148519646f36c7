namespace Marketplace.Core.Matching;

public enum MatchStatus
{
    Proposed,
    Accepted,
    Delivered,
    Declined,
    Cancelled,
}
