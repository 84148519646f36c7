namespace Marketplace.Core.Warnings;

/// <summary>
/// An early warning (预警) raised for a household's area by a rule: open until staff acknowledge
/// it, then resolved with what was done, within the rule's time to respond.
/// </summary>
[Table("warnings")]
public sealed class Warning
{
    public Guid Id { get; init; }
    public Guid HouseholdId { get; set; }

    /// <summary>The household's community when raised: whose staff answer it.</summary>
    public required string CommunityCode { get; set; }

    public required string RuleCode { get; init; }

    /// <summary>What fired, without personal data (e.g. "risk MEDIUM → HIGH", "a member hospitalised on 2026-12-01").</summary>
    public required string Detail { get; init; }

    /// <summary>Keeps one warning per occurrence (rule, household and what fired), however often the rules run.</summary>
    public required string OccurrenceKey { get; init; }

    public DateTimeOffset RaisedAt { get; init; }
    public DateTimeOffset DueAt { get; init; }
    public WarningStatus Status { get; set; }
    public string? AcknowledgedBy { get; set; }
    public DateTimeOffset? AcknowledgedAt { get; set; }
    public string? ResolvedBy { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
    public string? Resolution { get; set; }

    /// <summary>A need reported in answer to the warning, if any.</summary>
    public Guid? NeedId { get; set; }

    public uint Version { get; private set; }
}

public enum WarningStatus
{
    Open,
    Acknowledged,
    Resolved,
}

/// <summary>A warning rule, held as data and editable by admins: which trigger, its parameters, the time to respond.</summary>
[Table("warning_rules")]
public sealed class WarningRule
{
    public required string Code { get; init; }
    public required string Name { get; set; }
    public required string NameEn { get; set; }
    public WarningTrigger Trigger { get; init; }

    /// <summary>The trigger's parameters as JSON, e.g. {"days": 30, "minAge": 70} or {"to": "HIGH"}.</summary>
    public string Parameters { get; set; } = "{}";

    public int ResponseHours { get; set; }
    public bool IsActive { get; set; } = true;
}

/// <summary>What a rule watches.</summary>
public enum WarningTrigger
{
    /// <summary>The computed risk level rose (to at least {"to": level}).</summary>
    RiskRose,
    /// <summary>A household event of a kind was recorded ({"kind": "Hospitalised"}).</summary>
    HouseholdEvent,
    /// <summary>An elderly person living alone not visited for N days ({"days": 30, "minAge": 70}).</summary>
    ElderlyAloneNotVisited,
    /// <summary>Per-capita income fell below a named line ({"line": "MINIMUM_LIVING"}).</summary>
    IncomeBelowLine,
    /// <summary>A need of a HIGH-risk household is past its due date.</summary>
    HighRiskNeedOverdue,
}
