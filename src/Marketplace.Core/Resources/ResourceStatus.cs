namespace Marketplace.Core.Resources;

public enum ResourceStatus
{
    Open,
    Exhausted,
    Withdrawn,
}
