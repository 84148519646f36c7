namespace Marketplace.Core.Audit;

/// <summary>One administrative act: who, when, what, on which record, and the record before and after. Only ever inserted.</summary>
[Table("admin_audit_entries")]
public sealed class AuditEntry
{
    public long Id { get; init; }
    public DateTimeOffset At { get; init; }
    public required string Actor { get; init; }

    /// <summary>What was done, e.g. <c>organisation.approved</c>.</summary>
    public required string Action { get; init; }
    public required string SubjectType { get; init; }
    public required string SubjectId { get; init; }

    /// <summary>The fields the act changed, as they were (JSON); null for a creation.</summary>
    public string? Before { get; init; }

    /// <summary>The same fields as the act left them (JSON).</summary>
    public string? After { get; init; }
}
