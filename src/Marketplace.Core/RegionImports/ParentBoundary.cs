using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;

namespace Marketplace.Core.RegionImports;

/// <summary>
/// "Within its parent's boundary", give or take <see cref="ToleranceMetres"/>: boundaries surveyed
/// apart disagree by a few metres along the edges they share. Checked here rather than in PostGIS
/// so that a whole file is validated before anything reaches the database, in memory, without a
/// round trip per region. Both shapes go through one local equirectangular projection centred on
/// the parent, in metres: a continuous one-to-one map, so it keeps "inside" as it is, and over a
/// district's few tens of kilometres it stretches the 50 m tolerance by well under 1 %.
/// </summary>
internal sealed class ParentBoundary
{
    public const double ToleranceMetres = 50;
    private const double MetresPerDegree = 111_195;

    private readonly Geometry _projected;
    private readonly IPreparedGeometry _withTolerance;
    private readonly Projection _projection;

    public ParentBoundary(Polygon boundary)
    {
        var centre = boundary.EnvelopeInternal.Centre;
        _projection = new Projection(centre.X, centre.Y);
        _projected = _projection.Apply(boundary);
        _withTolerance = PreparedGeometryFactory.Prepare(_projected.Buffer(ToleranceMetres));
    }

    public bool Covers(Geometry shape) => _withTolerance.Covers(_projection.Apply(shape));

    /// <summary>How far the shape's farthest vertex lies outside the boundary, in whole metres.</summary>
    public int MetresOutside(Geometry shape) => (int)Math.Round(
        _projection.Apply(shape).Coordinates.Max(c => _projected.Distance(_projected.Factory.CreatePoint(c))));

    private sealed class Projection(double longitude, double latitude) : ICoordinateSequenceFilter
    {
        private readonly double _eastScale = MetresPerDegree * Math.Cos(latitude * Math.PI / 180);

        public Geometry Apply(Geometry geometry)
        {
            var copy = geometry.Copy();
            copy.Apply(this);
            return copy;
        }

        public void Filter(CoordinateSequence seq, int i)
        {
            seq.SetX(i, (seq.GetX(i) - longitude) * _eastScale);
            seq.SetY(i, (seq.GetY(i) - latitude) * MetresPerDegree);
        }

        public bool Done => false;

        public bool GeometryChanged => true;
    }
}
