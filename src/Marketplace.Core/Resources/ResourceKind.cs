namespace Marketplace.Core.Resources;

public enum ResourceKind
{
    Goods,
    Service,
    Job,
    Funds,
    VolunteerTime,
}
