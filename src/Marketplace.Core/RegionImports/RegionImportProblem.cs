namespace Marketplace.Core.RegionImports;

/// <summary>Why a feature of a region file is refused. Part of the API: clients branch on these, so none changes meaning.</summary>
public enum RegionImportProblemCode
{
    /// <summary>The entry of "features" is not a GeoJSON Feature object.</summary>
    InvalidFeature,
    MalformedCode,
    DuplicateCode,
    MissingName,
    NameTooLong,
    /// <summary>The "level" given is unknown, or not the level the code's digits say.</summary>
    LevelMismatch,
    /// <summary>The "parentCode" given is not the region the code's digits place it under.</summary>
    ParentMismatch,
    /// <summary>The parent is neither in the file nor in the database.</summary>
    UnknownParent,
    InvalidGeometry,
    /// <summary>A MultiPolygon of more than one part: a region's boundary is one polygon.</summary>
    MultiPartGeometry,
    /// <summary>The region's boundary (or, without one, its centroid) is not within its parent's.</summary>
    OutsideParent,
    /// <summary>A region already stored under this one would lie outside the new boundary.</summary>
    ChildOutside,
    BadPopulation,
}

/// <summary>One reason to refuse one feature: its index in "features" (from 0) and its code where it could be read.</summary>
public sealed record RegionImportProblem(int Index, string? Code, RegionImportProblemCode Problem, string Message);
