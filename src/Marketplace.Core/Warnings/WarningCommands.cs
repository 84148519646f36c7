using Marketplace.Core.Households;
using Marketplace.Core.Needs;

namespace Marketplace.Core.Warnings;

/// <summary>
/// Staff of the area answer a warning: acknowledge it (the response the deadline is about), then
/// resolve it with what was done, possibly reporting the household's need from it. The warning is
/// locked while they do: of two answering at once, one acknowledges and the other is told who did.
/// </summary>
public sealed class WarningCommands(CommandRunner runner)
{
    public Task<Guid> AcknowledgeAsync(Viewer viewer, Guid warningId, string? idempotencyKey, CancellationToken cancellationToken) =>
        runner.RunAsync(viewer, "acknowledgeWarning", idempotencyKey, async c =>
        {
            var warning = await c.LockAsync<Warning>(warningId, "Warning");
            WarningAccess.EnsureMayAnswer(c.Viewer, warning);
            if (warning.Status == WarningStatus.Acknowledged && warning.AcknowledgedBy == c.Viewer.Login) return warning.Id;
            if (warning.Status != WarningStatus.Open) throw AlreadyAnswered(warning);
            (warning.Status, warning.AcknowledgedBy, warning.AcknowledgedAt) = (WarningStatus.Acknowledged, c.Viewer.Login, c.Now);
            return warning.Id;
        }, cancellationToken);

    /// <summary>
    /// Resolves the warning with what was done. A warning still open is acknowledged by the same
    /// act. <paramref name="reportNeed"/> reports the household's need in the same transaction;
    /// <paramref name="needId"/> links one already reported instead.
    /// </summary>
    public Task<Guid> ResolveAsync(
        Viewer viewer, Guid warningId, string resolution, ReportNeedInput? reportNeed, Guid? needId, string? idempotencyKey, CancellationToken cancellationToken) =>
        runner.RunAsync(viewer, "resolveWarning", idempotencyKey, async c =>
        {
            var warning = await c.LockAsync<Warning>(warningId, "Warning");
            WarningAccess.EnsureMayAnswer(c.Viewer, warning);
            if (warning.Status == WarningStatus.Resolved) throw AlreadyAnswered(warning);
            var done = Validation.Required(resolution, "resolution", "Say what was done in answer to the warning.");
            if (reportNeed is not null && needId is not null) throw new ValidationException("Report a new need or link an existing one, not both.", "needId");
            if (reportNeed is not null)
            {
                if (reportNeed.HouseholdId != warning.HouseholdId) throw new ValidationException("The need is reported for the warning's household.", "reportNeed.householdId");
                var household = await c.Db.Households.SingleAsync(h => h.Id == warning.HouseholdId, cancellationToken);
                warning.NeedId = (await NeedCommands.ReportInAsync(c, household, reportNeed, $"Reported in answer to early warning {warning.Id} ({warning.RuleCode}).", cancellationToken)).Id;
            }
            else if (needId is { } linked)
            {
                if (!await c.Db.Needs.AnyAsync(n => n.Id == linked && n.HouseholdId == warning.HouseholdId, cancellationToken))
                {
                    throw new ValidationException("No need of the warning's household has this id.", "needId");
                }
                warning.NeedId = linked;
            }
            if (warning.Status == WarningStatus.Open) (warning.AcknowledgedBy, warning.AcknowledgedAt) = (c.Viewer.Login, c.Now);
            (warning.Status, warning.ResolvedBy, warning.ResolvedAt, warning.Resolution) = (WarningStatus.Resolved, c.Viewer.Login, c.Now, done);
            return warning.Id;
        }, cancellationToken);

    private static InvalidTransitionException AlreadyAnswered(Warning warning) => warning.Status == WarningStatus.Resolved
        ? new($"This warning was already resolved by {warning.ResolvedBy} at {warning.ResolvedAt:u}.")
        : new($"This warning was already acknowledged by {warning.AcknowledgedBy} at {warning.AcknowledgedAt:u}.");
}
