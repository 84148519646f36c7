namespace Marketplace.Core.Duplicates;

/// <summary>Why two files look like one household.</summary>
public enum DuplicateReason
{
    /// <summary>The same phone number on both.</summary>
    SamePhone,
    /// <summary>Heads' names alike (or equal) and addresses alike.</summary>
    SimilarNameAndAddress,
}

/// <summary>
/// Two live files (neither merged, the pair not dismissed) that may be one household registered
/// twice, in any two communities. The smaller id comes first, as in a dismissal. Similarities are
/// PostgreSQL's trigram similarity, 0 to 1.
/// </summary>
public sealed record DuplicateSuspect(
    Guid FirstHouseholdId, Guid SecondHouseholdId, string FirstCommunityCode, string SecondCommunityCode,
    bool SamePhone, double NameSimilarity, double AddressSimilarity)
{
    public IReadOnlyList<DuplicateReason> Reasons =>
    [
        .. SamePhone ? [DuplicateReason.SamePhone] : Array.Empty<DuplicateReason>(),
        .. NameSimilarity >= DuplicateSuspects.NameThreshold && AddressSimilarity >= DuplicateSuspects.AddressThreshold
            ? [DuplicateReason.SimilarNameAndAddress] : Array.Empty<DuplicateReason>(),
    ];
}
