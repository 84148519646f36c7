using NetTopologySuite.Geometries;

namespace Marketplace.Core.Households;

/// <summary>
/// The one file per household (一户一档). What may be shown beyond the household's own
/// caseworkers lives here; identity and contact live apart in <see cref="HouseholdPersonalData"/>.
/// </summary>
[Table("households")]
public sealed class Household
{
    public Guid Id { get; init; }
    public required string CommunityCode { get; set; }
    public Region? Community { get; init; }

    /// <summary>The exact point. Personal: only served to those allowed to see the household's identity.</summary>
    public required Point Location { get; set; }

    public int MemberCount { get; set; }
    public AssistanceStatus AssistanceStatus { get; set; }
    public RiskLevel RiskLevel { get; set; }
    public List<string> Labels { get; set; } = [];
    public DateTimeOffset RegisteredAt { get; init; }

    /// <summary>Loaded only when asked for, never with the household by default.</summary>
    public HouseholdPersonalData? Personal { get; set; }

    public uint Version { get; private set; }
}
