using Marketplace.Core.Needs;

namespace Marketplace.Core.Clearance;

/// <summary>One area of the map: its outline (or centre, where no boundary is known) as GeoJSON, and its figures.</summary>
public sealed record NeedsMapArea(string RegionCode, string RegionName, string GeometryJson, ClearanceFigures Figures);

/// <summary>An open need's exact point: personal data, shown only to those who may locate households.</summary>
public sealed record NeedsMapPoint(
    Guid NeedId, Guid HouseholdId, string RegionCode, string RegionName, string CategoryCode, Urgency Urgency, NeedStatus Status, double Longitude, double Latitude);

/// <summary>
/// The needs of a region as a map: every area at the chosen level with its figures over all its
/// needs as they stand now, and, for those allowed, the open needs as points (null otherwise).
/// </summary>
public sealed record NeedsMap(string RegionCode, RegionLevel Level, IReadOnlyList<NeedsMapArea> Areas, IReadOnlyList<NeedsMapPoint>? Points);
