using Marketplace.Core.Accounts;
using Marketplace.Core.Categories;
using Marketplace.Core.Households;

namespace Marketplace.Core.Needs;

/// <summary>
/// The need's life: REPORTED → (VERIFIED) → CLAIMED → MATCHED → IN_SERVICE → CLEARED, or
/// CANCELLED, and re-opening. Every command checks who acts, checks the state machine, and writes
/// its timeline entry in the same transaction. Each returns the need's id.
/// </summary>
public sealed class NeedCommands(CommandRunner runner)
{
    public Task<Guid> ReportAsync(Viewer viewer, ReportNeedInput input, string? idempotencyKey, CancellationToken cancellationToken) =>
        runner.RunAsync(viewer, "reportNeed", idempotencyKey, async c =>
        {
            var household = await c.Db.Households.SingleOrDefaultAsync(h => h.Id == input.HouseholdId, cancellationToken)
                ?? throw new NotFoundException("Household", input.HouseholdId.ToString());
            Permissions.EnsureKeepsFilesOf(c.Viewer, household.CommunityCode);
            return (await ReportInAsync(c, household, input, note: null, cancellationToken)).Id;
        }, cancellationToken);

    /// <summary>
    /// Reports the household's need within another command, which has decided who may (answering
    /// an early warning, a social worker of the area reports what the household needs).
    /// </summary>
    public static async Task<Need> ReportInAsync(CommandContext c, Household household, ReportNeedInput input, string? note, CancellationToken cancellationToken)
    {
        await CategoryChoice.EnsureOfferedAsync(c, input.CategoryCode, "categoryCode", cancellationToken);
        NeedValidation.Validate(input);

        var need = new Need
        {
            Id = Guid.CreateVersion7(c.Now),
            HouseholdId = household.Id,
            CategoryCode = input.CategoryCode,
            RegionCode = household.CommunityCode,
            Location = household.Location,
            PublicSummary = input.PublicSummary.Trim(),
            PrivateDescription = input.PrivateDescription?.Trim(),
            Quantity = input.Quantity,
            Unit = input.Unit?.Trim(),
            Urgency = input.Urgency,
            DueDate = input.DueDate,
            IsRecurring = input.IsRecurring,
            Status = NeedStatus.Reported,
            ReportedAt = c.Now,
            ReportedBy = c.Viewer.Login,
        };
        c.Db.Needs.Add(need);
        c.Record(need, NeedEventKind.Reported, from: null, note);
        return need;
    }

    public Task<Guid> VerifyAsync(Viewer viewer, Guid needId, string? note, string? idempotencyKey, CancellationToken cancellationToken) =>
        Change(viewer, "verifyNeed", needId, idempotencyKey, (c, need) =>
        {
            Permissions.EnsureKeepsFilesOf(c.Viewer, need.RegionCode);
            NeedTransitions.Ensure(need, NeedEventKind.Verified);
            need.Status = NeedStatus.Verified;
            need.VerifiedAt = c.Now;
            return (NeedEventKind.Verified, note);
        }, cancellationToken);

    public Task<Guid> ClaimAsync(Viewer viewer, Guid needId, string? idempotencyKey, CancellationToken cancellationToken) =>
        Change(viewer, "claimNeed", needId, idempotencyKey, (c, need) =>
        {
            if (c.Viewer.Role != Role.SocialWorker || !c.Viewer.Covers(need.RegionCode))
            {
                throw new ForbiddenException("Only a social worker of the need's area may claim it.");
            }
            if (need.ClaimedBy is { } holder && need.Status.IsOpen())
            {
                throw new ConflictException(holder == c.Viewer.Login ? "You already hold this need." : $"This need was just claimed by {holder}.");
            }
            NeedTransitions.Ensure(need, NeedEventKind.Claimed);
            (need.Status, need.ClaimedBy, need.ClaimedAt) = (NeedStatus.Claimed, c.Viewer.Login, c.Now);
            return (NeedEventKind.Claimed, null);
        }, cancellationToken);

    public Task<Guid> ReleaseClaimAsync(Viewer viewer, Guid needId, string? note, string? idempotencyKey, CancellationToken cancellationToken) =>
        Change(viewer, "releaseClaim", needId, idempotencyKey, (c, need) =>
        {
            NeedAccess.EnsureFollows(c.Viewer, need);
            NeedTransitions.Ensure(need, NeedEventKind.ClaimReleased);
            ReturnToPool(need);
            return (NeedEventKind.ClaimReleased, note);
        }, cancellationToken);

    public Task<Guid> ReassignClaimAsync(Viewer viewer, Guid needId, string toLogin, string? note, string? idempotencyKey, CancellationToken cancellationToken) =>
        Change(viewer, "reassignClaim", needId, idempotencyKey, async (c, need) =>
        {
            Permissions.EnsureOfficerOf(c.Viewer, need.RegionCode);
            NeedTransitions.Ensure(need, NeedEventKind.ClaimReassigned);
            var worker = await c.Db.UserAccounts.AsNoTracking().SingleOrDefaultAsync(u => u.Login == toLogin, cancellationToken);
            if (worker is null || !CaseworkerDirectory.MayHold(worker, need.RegionCode))
            {
                throw new ValidationException($"'{toLogin}' is not an active social worker of this need's area.", "toLogin");
            }
            (need.ClaimedBy, need.ClaimedAt) = (worker.Login, c.Now);
            return (NeedEventKind.ClaimReassigned, note is null ? $"→ {worker.Login}" : $"→ {worker.Login}: {note}");
        }, cancellationToken);

    public Task<Guid> ClearAsync(Viewer viewer, Guid needId, string note, string? idempotencyKey, CancellationToken cancellationToken) =>
        Change(viewer, "clearNeed", needId, idempotencyKey, (c, need) =>
        {
            NeedAccess.EnsureFollows(c.Viewer, need);
            NeedTransitions.Ensure(need, NeedEventKind.Cleared);
            var text = Validation.Required(note, "note", "Say how the need was met: the note is what the office files for the clearance (销号).");
            (need.Status, need.ClearedAt, need.ClearanceNote) = (NeedStatus.Cleared, c.Now, text);
            return (NeedEventKind.Cleared, text);
        }, cancellationToken);

    public Task<Guid> CancelAsync(Viewer viewer, Guid needId, string reason, string? idempotencyKey, CancellationToken cancellationToken) =>
        Change(viewer, "cancelNeed", needId, idempotencyKey, async (c, need) =>
        {
            if (need.ClaimedBy != c.Viewer.Login) Permissions.EnsureKeepsFilesOf(c.Viewer, need.RegionCode);
            NeedTransitions.Ensure(need, NeedEventKind.Cancelled);
            // Matching refuses while a match is accepted, and cancels the proposals (undone with
            // the rest should the reason be refused below).
            await c.AnnounceAsync(new NeedCancelling(need), cancellationToken);
            var text = Validation.Required(reason, "reason", "Say why the need is cancelled (a duplicate, not eligible …).");
            (need.Status, need.CancellationReason) = (NeedStatus.Cancelled, text);
            return (NeedEventKind.Cancelled, text);
        }, cancellationToken);

    public Task<Guid> ReopenAsync(Viewer viewer, Guid needId, string reason, string? idempotencyKey, CancellationToken cancellationToken) =>
        Change(viewer, "reopenNeed", needId, idempotencyKey, (c, need) =>
        {
            if (need.ClaimedBy != c.Viewer.Login) Permissions.EnsureOfficerOf(c.Viewer, need.RegionCode);
            NeedTransitions.Ensure(need, NeedEventKind.Reopened);
            var text = Validation.Required(reason, "reason", "Say why the need is open again.");
            // The clearance stays in the timeline; the need counts as cleared again only when cleared again.
            (need.ClearedAt, need.ClearanceNote, need.CancellationReason) = (null, null, null);
            need.Status = need.ClaimedBy is null ? NeedStatus.Reported : NeedStatus.Claimed;
            return (NeedEventKind.Reopened, text);
        }, cancellationToken);

    public Task<Guid> AddNoteAsync(Viewer viewer, Guid needId, string note, string? idempotencyKey, CancellationToken cancellationToken) =>
        Change(viewer, "addNeedNote", needId, idempotencyKey, (c, need) =>
        {
            NeedAccess.EnsureCaseworkerOf(c.Viewer, need);
            return (NeedEventKind.NoteAdded, Validation.Required(note, "note", "A note needs some text."));
        }, cancellationToken, changesStatus: false);

    /// <summary>Back to the pool: verified stays verified.</summary>
    internal static void ReturnToPool(Need need) =>
        (need.Status, need.ClaimedBy, need.ClaimedAt) = (need.VerifiedAt is null ? NeedStatus.Reported : NeedStatus.Verified, null, null);

    private Task<Guid> Change(
        Viewer viewer, string operation, Guid needId, string? idempotencyKey,
        Func<CommandContext, Need, (NeedEventKind Kind, string? Note)> change, CancellationToken cancellationToken, bool changesStatus = true) =>
        Change(viewer, operation, needId, idempotencyKey, (c, n) => Task.FromResult(change(c, n)), cancellationToken, changesStatus);

    private Task<Guid> Change(
        Viewer viewer, string operation, Guid needId, string? idempotencyKey,
        Func<CommandContext, Need, Task<(NeedEventKind Kind, string? Note)>> change, CancellationToken cancellationToken, bool changesStatus = true) =>
        runner.RunAsync(viewer, operation, idempotencyKey, async c =>
        {
            var need = await c.LockNeedAsync(needId);
            NeedAccess.EnsureMayRead(c.Viewer, need);
            var before = need.Status;
            var (kind, note) = await change(c, need);
            c.Record(need, kind, changesStatus ? before : null, note);
            return need.Id;
        }, cancellationToken);
}
