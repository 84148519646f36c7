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

    /// <summary>
    /// The level matching, allocation and the office use: the caseworker's override when there is
    /// one, else the computed level (<see cref="ComputedRiskLevel"/>).
    /// </summary>
    public RiskLevel RiskLevel { get; set; }

    /// <summary>Codes of the label vocabulary (Labels.Label) that apply to households.</summary>
    public List<string> Labels { get; set; } = [];
    public DateTimeOffset RegisteredAt { get; init; }

    /// <summary>The household's total monthly income in yuan, where known: per-capita income is this over the members.</summary>
    public decimal? MonthlyIncome { get; set; }

    public HousingCondition? HousingCondition { get; set; }

    /// <summary>False when no relative supports the household (无赡养/抚养/扶养人); null when not recorded.</summary>
    public bool? HasFamilySupport { get; set; }

    /// <summary>The risk model's score and level, the version that gave them and each indicator's contribution (JSON).</summary>
    public decimal? RiskScore { get; set; }
    public RiskLevel? ComputedRiskLevel { get; set; }
    public int? RiskModelVersion { get; set; }
    public DateTimeOffset? RiskComputedAt { get; set; }
    public string? RiskContributions { get; set; }

    /// <summary>A caseworker's override of the computed level, with why, by whom and when; the computed level stays visible.</summary>
    public RiskLevel? RiskOverrideLevel { get; set; }
    public string? RiskOverrideReason { get; set; }
    public string? RiskOverriddenBy { get; set; }
    public DateTimeOffset? RiskOverriddenAt { get; set; }

    /// <summary>When someone last visited the household (casework's visits keep it).</summary>
    public DateTimeOffset? LastVisitedAt { get; set; }

    /// <summary>Set when this file was merged into another as a duplicate: a tombstone pointing at the kept file.</summary>
    public Guid? MergedIntoId { get; set; }
    public DateTimeOffset? MergedAt { get; set; }

    /// <summary>Loaded only when asked for, never with the household by default.</summary>
    public HouseholdPersonalData? Personal { get; set; }

    public uint Version { get; private set; }
}
