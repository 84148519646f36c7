namespace Marketplace.Core.Risk;

/// <summary>
/// One version of the risk model (困境评估模型): its indicators, weights and the score thresholds
/// of the levels. A change makes a new version; each household's score says which it met.
/// </summary>
[Table("risk_model_versions")]
public sealed class RiskModelVersion
{
    public int Version { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public required string CreatedBy { get; init; }
    public string? Note { get; init; }

    /// <summary>A score at or above this is HIGH (高困境).</summary>
    public decimal HighThreshold { get; init; }

    /// <summary>A score at or above this (and below HIGH) is MEDIUM (中困境); below, LOW.</summary>
    public decimal MediumThreshold { get; init; }

    /// <summary>The one version households are scored with.</summary>
    public bool IsCurrent { get; set; }

    public List<RiskIndicator> Indicators { get; init; } = [];
}

/// <summary>
/// An indicator of a model version: a built-in measure of a household's file (<see cref="RiskMeasure"/>)
/// with its parameters, in a dimension, with a weight: a household meeting it scores the weight.
/// </summary>
[Table("risk_indicators")]
public sealed class RiskIndicator
{
    public int ModelVersion { get; init; }
    public required string Code { get; init; }

    /// <summary>Income, health, employment, education, housing, social support, children … (the dimensions the explanation groups by).</summary>
    public required string Dimension { get; init; }

    public required string Name { get; init; }
    public required string NameEn { get; init; }
    public RiskMeasure Measure { get; init; }
    public decimal Weight { get; init; }

    /// <summary>The measure's parameters as JSON, e.g. {"line":"MINIMUM_LIVING"} or {"minAge":70} or {"maxGrade":2}.</summary>
    public string Parameters { get; init; } = "{}";
}

/// <summary>What an indicator measures; each is one set-based SQL condition over households and their members.</summary>
public enum RiskMeasure
{
    /// <summary>Per-capita monthly income below a named income line ({"line": code}).</summary>
    IncomeBelowLine,
    /// <summary>A member with a disability of grade ≤ maxGrade ({"maxGrade": 2}).</summary>
    Disability,
    /// <summary>A member with a chronic illness.</summary>
    ChronicIllness,
    /// <summary>A member aged ≥ minAge living alone ({"minAge": 70}).</summary>
    ElderlyLivingAlone,
    /// <summary>A child (under 18) in a household holding the children-in-difficulty status, or a child labelled so.</summary>
    ChildrenInDifficulty,
    /// <summary>A member of working age (16–59) unemployed.</summary>
    WorkingAgeUnemployed,
    /// <summary>Housing recorded as poor or unsafe.</summary>
    PoorHousing,
    /// <summary>Recorded as having no family support.</summary>
    NoFamilySupport,
    /// <summary>The household or a member carries a label ({"label": code}).</summary>
    HasLabel,
    /// <summary>The household holds an assistance status ({"status": "MINIMUM_LIVING_ALLOWANCE"}).</summary>
    AssistanceStatus,
}

/// <summary>A household's score as it changed: by an edit of its file, a new model, or a caseworker's override.</summary>
[Table("household_risk_history")]
public sealed class HouseholdRiskChange
{
    public long Id { get; init; }
    public Guid HouseholdId { get; init; }
    public DateTimeOffset At { get; init; }
    public decimal Score { get; init; }
    public Households.RiskLevel ComputedLevel { get; init; }
    public Households.RiskLevel EffectiveLevel { get; init; }
    public int ModelVersion { get; init; }
    public required string Cause { get; init; }
    public string? Actor { get; init; }
}

/// <summary>
/// A named income line of a region (低保线, 低收入线), monthly per person in yuan: what per-capita
/// incomes are compared with. A household's line is its district's, or the nearest above it.
/// </summary>
[Table("income_lines")]
public sealed class IncomeLine
{
    public required string Code { get; init; }
    public required string RegionCode { get; init; }
    public required string Name { get; set; }
    public required string NameEn { get; set; }
    public decimal MonthlyAmount { get; set; }
    public DateOnly EffectiveFrom { get; set; }
}
