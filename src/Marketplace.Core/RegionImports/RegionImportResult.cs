namespace Marketplace.Core.RegionImports;

/// <summary>
/// The answer to a region import: what it adds and changes (or would, on a dry run), how many
/// regions it leaves as they are, and every problem of every refused feature. With any problem
/// nothing is written, whatever dryRun said.
/// </summary>
public sealed record RegionImportResult(
    bool DryRun, bool Applied, IReadOnlyList<RegionImportAddition> Added, IReadOnlyList<RegionImportChange> Changed,
    int Unchanged, IReadOnlyList<RegionImportProblem> Problems);

public sealed record RegionImportAddition(int Index, string Code, string Name, RegionLevel Level, string? ParentCode, int? Population, bool HasBoundary);

/// <summary>A stored region the file changes: name and population before → after, the geometry changed or not.</summary>
public sealed record RegionImportChange(
    int Index, string Code, RegionLevel Level, string NameBefore, string NameAfter, int? PopulationBefore, int? PopulationAfter,
    bool BoundaryChanged, bool CentroidChanged)
{
    public bool NameChanged => NameBefore != NameAfter;

    public bool PopulationChanged => PopulationBefore != PopulationAfter;
}
