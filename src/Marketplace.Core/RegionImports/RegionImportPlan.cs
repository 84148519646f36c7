using NetTopologySuite.Geometries;

namespace Marketplace.Core.RegionImports;

/// <summary>A region the import writes: as stored now (null when new) and as it will be.</summary>
internal sealed record PlannedRegion(RegionFeature Feature, Region? Stored, Region After, RegionImportChange? Change);

/// <summary>
/// What a region file would do to the stored tree, checked as a whole: no code twice, every
/// parent in the file or stored, every region within its parent, no stored region left outside a
/// new boundary. Reads what it needs in two queries, whatever the size of the file.
/// </summary>
internal sealed class RegionImportPlan
{
    private readonly Dictionary<string, RegionFeature> _features;
    private readonly Dictionary<string, Region> _stored;
    private readonly Dictionary<string, RegionShape> _shapes = [];
    private readonly Dictionary<string, ParentBoundary> _parents = [];

    private RegionImportPlan(Dictionary<string, RegionFeature> features, Dictionary<string, Region> stored)
    {
        (_features, _stored) = (features, stored);
        foreach (var feature in features.Values) _shapes[feature.Code!] = RegionShape.Of(feature, stored.GetValueOrDefault(feature.Code!));
    }

    public List<PlannedRegion> Writes { get; } = [];
    public int Unchanged { get; private set; }
    public IReadOnlyList<RegionImportProblem> Problems { get; private set; } = [];

    /// <summary><paramref name="regions"/> tracked when the plan is to be applied, so that its changes are saved.</summary>
    public static async Task<RegionImportPlan> MakeAsync(IQueryable<Region> regions, IReadOnlyList<RegionFeature> features, CancellationToken cancellationToken)
    {
        var firsts = FirstOfEachCode(features);
        var wanted = firsts.Keys.Concat(firsts.Values.Select(f => f.ParentCode).OfType<string>()).Distinct().ToList();
        var plan = new RegionImportPlan(firsts, await regions.Where(r => wanted.Contains(r.Code)).ToDictionaryAsync(r => r.Code, cancellationToken));
        foreach (var feature in firsts.Values) plan.CheckPlace(feature);
        await plan.CheckStoredChildrenAsync(regions, cancellationToken);
        plan.Compare();
        plan.Problems = [.. features.SelectMany(f => f.Problems).OrderBy(p => p.Index)];
        return plan;
    }

    public RegionImportResult Result(bool dryRun, bool applied) => new(
        dryRun, applied,
        [.. Writes.Where(w => w.Stored is null).Select(w => new RegionImportAddition(
            w.Feature.Index, w.After.Code, w.After.Name, w.After.Level, w.After.ParentCode, w.After.Population, w.After.Boundary is not null))],
        [.. Writes.Select(w => w.Change).OfType<RegionImportChange>()],
        Unchanged, Problems);

    private static Dictionary<string, RegionFeature> FirstOfEachCode(IReadOnlyList<RegionFeature> features)
    {
        var firsts = new Dictionary<string, RegionFeature>(StringComparer.Ordinal);
        foreach (var feature in features.Where(f => f.HasWellFormedCode))
        {
            if (firsts.TryGetValue(feature.Code!, out var first))
            {
                feature.Refuse(RegionImportProblemCode.DuplicateCode, $"{feature.Code} is in the file already, at index {first.Index}: a region comes once.");
            }
            else
            {
                firsts[feature.Code!] = feature;
            }
        }
        return firsts;
    }

    /// <summary>Its place in the tree: as stored, if stored; under a parent that is known; within that parent's boundary.</summary>
    private void CheckPlace(RegionFeature feature)
    {
        if (_stored.GetValueOrDefault(feature.Code!) is { } stored && (stored.Level != feature.Level || stored.ParentCode != feature.ParentCode))
        {
            feature.Refuse(RegionImportProblemCode.ParentMismatch,
                $"{feature.Code} is stored as a {RegionFileReader.LevelName(stored.Level)} under {stored.ParentCode ?? "nothing"}; an import does not move a region.");
        }
        if (feature.ParentCode is not { } parent) return;
        if (!_features.ContainsKey(parent) && !_stored.ContainsKey(parent))
        {
            feature.Refuse(RegionImportProblemCode.UnknownParent,
                $"Its parent {parent}, which its code places it under, is neither stored nor in the file: add the parent to the file (anywhere in it).");
            return;
        }
        var parentPolygon = _shapes.GetValueOrDefault(parent)?.Boundary ?? _stored.GetValueOrDefault(parent)?.Boundary;
        if (parentPolygon is null || _shapes[feature.Code!].Outline is not { } shape) return;
        var boundary = ParentBoundaryOf(parent, parentPolygon);
        if (boundary.Covers(shape)) return;
        var metres = boundary.MetresOutside(shape);
        feature.Refuse(RegionImportProblemCode.OutsideParent,
            $"Its {(shape is Point ? "centroid" : "boundary")} is not within the boundary of its {RegionFileReader.LevelName(RegionCode.LevelOf(parent))} {parent}"
            + (metres > ParentBoundary.ToleranceMetres ? $": it reaches {metres} m outside" : ": an edge crosses it")
            + $" (the tolerance is {ParentBoundary.ToleranceMetres} m).");
    }

    /// <summary>A stored region that the file leaves alone must still lie within its parent's new boundary.</summary>
    private async Task CheckStoredChildrenAsync(IQueryable<Region> regions, CancellationToken cancellationToken)
    {
        var moved = _shapes.Where(s => s.Value.BoundaryChanged && _stored.ContainsKey(s.Key)).Select(s => s.Key).ToList();
        if (moved.Count == 0) return;
        var inFile = _features.Keys.ToList();
        var children = await regions.Where(r => moved.Contains(r.ParentCode!) && !inFile.Contains(r.Code)).OrderBy(r => r.Code).ToListAsync(cancellationToken);
        foreach (var child in children)
        {
            var boundary = ParentBoundaryOf(child.ParentCode!, _shapes[child.ParentCode!].Boundary!);
            Geometry shape = child.Boundary ?? (Geometry)child.Centroid;
            if (boundary.Covers(shape)) continue;
            _features[child.ParentCode!].Refuse(RegionImportProblemCode.ChildOutside,
                $"The new boundary leaves {child.Code} ({child.Name}), stored under this region, up to {boundary.MetresOutside(shape)} m outside: "
                + "give it in the file with a boundary of its own, or correct this one.");
        }
    }

    /// <summary>The features without problems: added, changed, or left as they are.</summary>
    private void Compare()
    {
        foreach (var feature in _features.Values.Where(f => f.Problems.Count == 0))
        {
            var shape = _shapes[feature.Code!];
            var stored = _stored.GetValueOrDefault(feature.Code!);
            var after = new Region
            {
                Code = feature.Code!, Name = feature.Name!, Level = feature.Level, ParentCode = feature.ParentCode,
                Centroid = shape.Centroid!, Boundary = shape.Boundary,
                Population = feature.PopulationGiven ? feature.Population : stored?.Population,
            };
            var change = stored is null ? null : new RegionImportChange(
                feature.Index, stored.Code, stored.Level, stored.Name, after.Name, stored.Population, after.Population,
                shape.BoundaryChanged, !stored.Centroid.EqualsExact(after.Centroid, RegionShape.SamePositionDegrees));
            if (change is { NameChanged: false, PopulationChanged: false, BoundaryChanged: false, CentroidChanged: false })
            {
                Unchanged++;
                continue;
            }
            Writes.Add(new PlannedRegion(feature, stored, after, change));
        }
    }

    private ParentBoundary ParentBoundaryOf(string code, Polygon polygon) =>
        _parents.TryGetValue(code, out var boundary) ? boundary : _parents[code] = new ParentBoundary(polygon);
}
