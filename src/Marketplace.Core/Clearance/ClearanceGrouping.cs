namespace Marketplace.Core.Clearance;

/// <summary>How clearance figures are broken down.</summary>
public enum ClearanceGrouping
{
    /// <summary>By the sub-district (街道/乡镇) of each need's community.</summary>
    SubDistrict,
    /// <summary>By each need's community (社区/村).</summary>
    Community,
    /// <summary>By each need's category, as reported.</summary>
    Category,
    /// <summary>By the month the need was collected (reported), in China time.</summary>
    Month,
    /// <summary>
    /// By the organisation whose resource or project was accepted for the need. A need served by
    /// two organisations counts under both; needs no organisation has taken on share the empty key.
    /// </summary>
    Organisation,
}
