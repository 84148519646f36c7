using NetTopologySuite.Geometries;

namespace Marketplace.Core.RegionImports;

/// <summary>
/// A region's geometry once the file is applied. The file's boundary replaces the stored one; a
/// file without one (a Point) keeps it, so that an import of centroids never erases boundaries.
/// The centroid is the file's, else the stored one while the boundary stays, else a point on the
/// new boundary's surface (inside it even where the boundary is concave, as a centroid may not be).
/// </summary>
internal sealed record RegionShape(Polygon? Boundary, Point? Centroid, bool BoundaryChanged)
{
    /// <summary>About a millimetre: positions closer than this are the same position read back.</summary>
    public const double SamePositionDegrees = 1e-8;

    /// <summary>What must lie within the parent: the boundary, or the centroid of a region without one.</summary>
    public Geometry? Outline => Boundary ?? (Geometry?)Centroid;

    public static RegionShape Of(RegionFeature feature, Region? stored)
    {
        var changed = feature.Boundary is not null && (stored?.Boundary is not { } old || !old.EqualsTopologically(feature.Boundary));
        var centroid = feature.Centroid
            ?? (stored is not null && !changed ? stored.Centroid : null)
            ?? feature.Boundary?.InteriorPoint;
        return new RegionShape(feature.Boundary ?? stored?.Boundary, centroid, changed);
    }
}
