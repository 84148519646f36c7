namespace Marketplace.Core.Needs;

/// <summary>A need found by a search, with its geodesic distance when the search had a location.</summary>
public sealed record NeedHit(Need Need, double? DistanceMeters);
