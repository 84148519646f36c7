namespace Marketplace.Core.Households.Members;

/// <summary>
/// Every resident ID number on file, heads' and members' alike, keyed by the number: the primary
/// key makes "one person, one file" hold across households and communities, even for two
/// registrations at the same moment.
/// </summary>
[PersonalData]
[Table("registered_id_numbers")]
public sealed class RegisteredIdNumber
{
    public required string IdNumber { get; init; }
    public Guid HouseholdId { get; set; }

    /// <summary>The member it belongs to; null for the head as recorded on the household's file.</summary>
    public Guid? MemberId { get; set; }
}
