using Marketplace.Core.Households;

namespace Marketplace.Core.Cohorts;

/// <summary>One area of the household map: its outline (or centre) as GeoJSON, and its live households counted by risk level and by assistance status.</summary>
public sealed record HouseholdsMapArea(
    string RegionCode, string RegionName, string GeometryJson, int Households,
    IReadOnlyList<(RiskLevel Level, int Households)> ByRiskLevel, IReadOnlyList<(AssistanceStatus Status, int Households)> ByAssistanceStatus);

/// <summary>A HIGH-risk household's exact point: personal data, only for those who may locate households.</summary>
public sealed record HouseholdsMapPoint(Guid HouseholdId, string CommunityCode, string CommunityName, RiskLevel RiskLevel, double Longitude, double Latitude);

/// <summary>
/// The household layer of the poverty map (贫困地图) the Jing'an office draws: every area at the chosen
/// level with its households by risk level and assistance status, and, when asked and allowed, the
/// HIGH-risk households as points (null otherwise).
/// </summary>
public sealed record HouseholdsMap(string RegionCode, RegionLevel Level, IReadOnlyList<HouseholdsMapArea> Areas, IReadOnlyList<HouseholdsMapPoint>? Points);
