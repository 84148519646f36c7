using NetTopologySuite.Geometries;

namespace Marketplace.Core.Regions;

/// <summary>
/// An administrative region keyed by its 12-digit division code: 6 digits for the county-level
/// district, 3 for the sub-district or township, 3 for the community or village.
/// </summary>
[Table("regions")]
public sealed class Region
{
    public required string Code { get; init; }
    public required string Name { get; set; }
    public required RegionLevel Level { get; init; }
    public string? ParentCode { get; init; }
    public required Point Centroid { get; set; }
    public Polygon? Boundary { get; set; }

    /// <summary>Resident population where known: the denominator of per-capita figures (workers per 3,000 residents).</summary>
    public int? Population { get; set; }

    /// <summary>The leading digits every descendant's code shares with this region.</summary>
    public string DescendantPrefix => RegionCode.SignificantPrefix(Code, Level);
}
