namespace Marketplace.Core.Projects;

public enum CharityProjectStatus
{
    Planned,
    Active,
    Closed,
}
