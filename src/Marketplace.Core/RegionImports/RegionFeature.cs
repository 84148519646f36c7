using NetTopologySuite.Geometries;

namespace Marketplace.Core.RegionImports;

/// <summary>
/// What one feature of a region file says, as read. What could not be read stays null and has a
/// problem of its own. The population is three-way: not given (the stored one is kept), null
/// (unknown), or a number.
/// </summary>
internal sealed class RegionFeature(int index)
{
    public int Index { get; } = index;

    /// <summary>The code as given, well formed or not, so that a problem can name it.</summary>
    public string? Code { get; set; }
    public string? Name { get; set; }
    public bool PopulationGiven { get; set; }
    public int? Population { get; set; }
    public Polygon? Boundary { get; set; }

    /// <summary>A Point geometry, or a polygon's "centroid" property; else one is computed from the boundary.</summary>
    public Point? Centroid { get; set; }

    public List<RegionImportProblem> Problems { get; } = [];

    public bool HasWellFormedCode => RegionCode.IsWellFormed(Code);

    public RegionLevel Level => RegionCode.LevelOf(Code!);

    public string? ParentCode => RegionCode.ParentOf(Code!);

    public void Refuse(RegionImportProblemCode problem, string message) => Problems.Add(new RegionImportProblem(Index, Code, problem, message));
}
