namespace Marketplace.Core.Households.Members;

/// <summary>
/// An ID number already on file in another household (or twice in one): one person, one file.
/// Says where (the community's code and name), and which household only to a caller who may see
/// that file (<see cref="PersonalDataPolicy"/>); nothing else private leaves.
/// </summary>
public sealed class DuplicatePersonException(string communityCode, string communityName, Guid? householdId)
    : MarketplaceException(ErrorCodes.DuplicatePerson,
        $"This person (by ID number) is already on file in {communityName} ({communityCode}). Ask that community to remove them from their household first, or correct the number.")
{
    public override IReadOnlyDictionary<string, object?> Extensions { get; } = new Dictionary<string, object?>
    {
        ["field"] = "idNumber",
        ["communityCode"] = communityCode,
        ["communityName"] = communityName,
        ["householdId"] = householdId,
    }.Where(e => e.Value is not null).ToDictionary();
}
