namespace Marketplace.Core.Resources;

public enum ResourceStatus
{
    Open,
    Exhausted,
    Withdrawn,
    /// <summary>Held while its organisation is suspended: not suggested, takes no matches; open again when the organisation is verified again.</summary>
    Held,
}
