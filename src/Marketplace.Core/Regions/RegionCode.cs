namespace Marketplace.Core.Regions;

/// <summary>
/// Rules of the national 12-digit division code. A region's descendants share its significant
/// prefix, so "this region and everything under it" is a prefix match served by a btree index.
/// </summary>
public static class RegionCode
{
    public const int Length = 12;

    public static bool IsWellFormed(string? code) =>
        code is { Length: Length } && code.All(char.IsAsciiDigit);

    public static RegionLevel LevelOf(string code) =>
        code.EndsWith("000000", StringComparison.Ordinal) ? RegionLevel.District
        : code.EndsWith("000", StringComparison.Ordinal) ? RegionLevel.SubDistrict
        : RegionLevel.Community;

    public static string SignificantPrefix(string code, RegionLevel level) => level switch
    {
        RegionLevel.District => code[..6],
        RegionLevel.SubDistrict => code[..9],
        _ => code,
    };

    public static string SignificantPrefix(string code) => SignificantPrefix(code, LevelOf(code));

    /// <summary>The region a code's digits place it under: none for a district, the top of the tree here.</summary>
    public static string? ParentOf(string code) => LevelOf(code) switch
    {
        RegionLevel.District => null,
        RegionLevel.SubDistrict => code[..6] + "000000",
        _ => code[..9] + "000",
    };

    /// <summary>True when <paramref name="code"/> is the region itself or lies under it.</summary>
    public static bool Contains(string region, string code) => code.StartsWith(SignificantPrefix(region), StringComparison.Ordinal);

    /// <summary>The codes of the district and sub-district above a region, and its own.</summary>
    public static string[] SelfAndAncestors(string code) => [code[..6] + "000000", code[..9] + "000", code];

    /// <summary>
    /// The inclusive code range of a region and all its descendants. Codes are all digits, so a
    /// prefix is a range, and a range is served by an ordinary btree index whatever the parameters.
    /// </summary>
    public static (string From, string To) DescendantRange(string code)
    {
        var prefix = SignificantPrefix(code);
        return (prefix.PadRight(Length, '0'), prefix.PadRight(Length, '9'));
    }
}
