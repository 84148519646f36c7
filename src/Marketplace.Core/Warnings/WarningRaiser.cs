namespace Marketplace.Core.Warnings;

/// <summary>
/// Raises a warning for a household's community, due within the rule's time to respond, once per
/// occurrence: a second raise of the same occurrence key (the rules run again, two instances
/// sweep at once) changes nothing. Each warning and each change of its status is announced by the
/// database (the triggers of the RegistryRisk migration), whoever wrote it.
/// </summary>
internal static class WarningRaiser
{
    public const int MaxDetailLength = 300;

    /// <summary>True when raised; false when this occurrence had been raised already.</summary>
    public static async Task<bool> RaiseAsync(
        CommandContext c, WarningRule rule, Guid householdId, string communityCode, string detail, string occurrence, CancellationToken cancellationToken)
    {
        var id = Guid.CreateVersion7(c.Now);
        var text = detail.Length > MaxDetailLength ? detail[..MaxDetailLength] : detail;
        var key = OccurrenceKey(rule.Code, occurrence);
        var due = c.Now.AddHours(rule.ResponseHours);
        var status = nameof(WarningStatus.Open);
        return await c.Db.Database.ExecuteSqlAsync($"""
            INSERT INTO warnings (id, household_id, community_code, rule_code, detail, occurrence_key, raised_at, due_at, status)
            VALUES ({id}, {householdId}, {communityCode}, {rule.Code}, {text}, {key}, {c.Now}, {due}, {status})
            ON CONFLICT (occurrence_key) DO NOTHING
            """, cancellationToken) == 1;
    }

    /// <summary>The rule's code and what identifies the occurrence (an event's id, a history row's, a date).</summary>
    public static string OccurrenceKey(string ruleCode, string occurrence) => $"{ruleCode}:{occurrence}";
}
