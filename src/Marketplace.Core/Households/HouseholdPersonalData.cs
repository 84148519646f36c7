namespace Marketplace.Core.Households;

/// <summary>
/// A household's identity and contact, in a table of its own so that no query for the public
/// side of a household can read it by accident, and so that access to it can be audited.
/// </summary>
[PersonalData]
public sealed class HouseholdPersonalData
{
    public Guid HouseholdId { get; init; }
    public required string HeadName { get; set; }
    public string? Phone { get; set; }
    public string? IdNumber { get; set; }
    public required string Address { get; set; }
    public string? Notes { get; set; }
}
