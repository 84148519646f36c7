namespace Marketplace.Core.Duplicates;

/// <summary>How a pair of households is keyed and locked: the smaller id first, as PostgreSQL orders uuids.</summary>
public static class DuplicatePair
{
    /// <summary>
    /// The two ids in PostgreSQL's uuid order (bytes, as the lower-case text reads): the order of
    /// duplicate_dismissals' check and of every lock a pair's commands take.
    /// </summary>
    public static (Guid First, Guid Second) Ordered(Guid a, Guid b) =>
        string.CompareOrdinal(a.ToString("D"), b.ToString("D")) <= 0 ? (a, b) : (b, a);

    /// <summary>Two heads each with an ID number, not the same: two people, whatever else looks alike.</summary>
    public static bool DifferentHeads(string? a, string? b) =>
        !string.IsNullOrEmpty(a) && !string.IsNullOrEmpty(b) && !string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
