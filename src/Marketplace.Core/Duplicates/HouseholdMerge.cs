using Marketplace.Core.Audit;
using Marketplace.Core.Households;

namespace Marketplace.Core.Duplicates;

/// <summary>
/// Two files of one household become one (mergeHouseholds): everything the duplicate holds moves to
/// the kept file (<see cref="MergeMoves"/>), the duplicate stays as a tombstone pointing at it, and
/// the act is in the audit log with what moved. Nothing is deleted.
/// </summary>
public sealed class HouseholdMerge(CommandRunner runner)
{
    public const int MaxReasonLength = 500;

    /// <summary>Officers covering both households, admins. Returns the kept household's id.</summary>
    public Task<Guid> MergeAsync(Viewer viewer, Guid keptId, Guid mergedId, string reason, string? idempotencyKey, CancellationToken cancellationToken) =>
        runner.RunAsync(viewer, "mergeHouseholds", idempotencyKey, async c =>
        {
            if (keptId == mergedId) throw new ValidationException("A household cannot be merged into itself: give the file to keep and its duplicate.", "mergedHouseholdId");
            var why = Validation.Required(reason, "reason", "Say why these two files are one household.", MaxReasonLength);
            // The smaller id locked first, whichever is kept: two merges of one pair, either way
            // round, wait for each other instead of deadlocking, and the second finds a tombstone.
            var (first, second) = DuplicatePair.Ordered(keptId, mergedId);
            var locked = new[] { await c.LockAsync<Household>(first, "Household"), await c.LockAsync<Household>(second, "Household") };
            var kept = locked.Single(h => h.Id == keptId);
            var merged = locked.Single(h => h.Id == mergedId);
            foreach (var household in locked)
            {
                if (!c.Viewer.IsAdmin && !(c.Viewer.Role == Role.SubDistrictOfficer && c.Viewer.Covers(household.CommunityCode)))
                {
                    throw new ForbiddenException("Only an officer whose area covers both households, or an admin, may merge them.");
                }
            }
            foreach (var household in locked)
            {
                if (household.MergedIntoId is { } into)
                {
                    throw new InvalidTransitionException($"Household {household.Id} was already merged into {into}: merge with that file instead.");
                }
            }
            var personal = await c.Db.Set<HouseholdPersonalData>().Where(p => p.HouseholdId == keptId || p.HouseholdId == mergedId).ToListAsync(cancellationToken);
            var keptData = personal.Single(p => p.HouseholdId == keptId);
            var mergedData = personal.Single(p => p.HouseholdId == mergedId);
            if (DuplicatePair.DifferentHeads(keptData.IdNumber, mergedData.IdNumber))
            {
                throw new InvalidTransitionException("The two heads have different ID numbers: these are two households, not one. Dismiss the pair instead.");
            }

            var before = FileSummary.Of(kept, keptData);
            var moved = await MergeMoves.MoveAsync(c, kept, merged, cancellationToken);
            Combine(kept, keptData, merged, mergedData);
            merged.MergedIntoId = kept.Id;
            merged.MergedAt = c.Now;
            c.Audit("household.merged", nameof(Household), kept.Id, before, new { file = FileSummary.Of(kept, keptData), mergedHouseholdId = merged.Id, reason = why, moved });
            await c.Db.SaveChangesAsync(cancellationToken);
            await c.AnnounceAsync(new HouseholdFileChanged(kept.Id, "mergeHouseholds"), cancellationToken);
            return kept.Id;
        }, cancellationToken);

    /// <summary>
    /// The kept file gains what only the duplicate knew: labels and assistance statuses are joined,
    /// the later visit counts, and facts it lacks (income, housing, family support, phone, head's ID
    /// number, notes) are taken from the duplicate. Its own values are never overwritten.
    /// </summary>
    private static void Combine(Household kept, HouseholdPersonalData keptData, Household merged, HouseholdPersonalData mergedData)
    {
        kept.Labels = [.. kept.Labels.Union(merged.Labels)];
        kept.AssistanceStatus |= merged.AssistanceStatus;
        kept.LastVisitedAt = new[] { kept.LastVisitedAt, merged.LastVisitedAt }.Max();
        kept.MonthlyIncome ??= merged.MonthlyIncome;
        kept.HousingCondition ??= merged.HousingCondition;
        kept.HasFamilySupport ??= merged.HasFamilySupport;
        keptData.Phone = string.IsNullOrEmpty(keptData.Phone) ? mergedData.Phone : keptData.Phone;
        keptData.IdNumber = string.IsNullOrEmpty(keptData.IdNumber) ? mergedData.IdNumber : keptData.IdNumber;
        keptData.Notes ??= mergedData.Notes;
    }

    /// <summary>What the audit log keeps of the kept file before and after: its situation, and which personal fields are filled, never their values.</summary>
    private sealed record FileSummary(
        string CommunityCode, AssistanceStatus AssistanceStatus, IReadOnlyList<string> Labels, DateTimeOffset? LastVisitedAt,
        bool HasMonthlyIncome, bool HasPhone, bool HasIdNumber)
    {
        public static FileSummary Of(Household household, HouseholdPersonalData data) => new(
            household.CommunityCode, household.AssistanceStatus, [.. household.Labels], household.LastVisitedAt,
            household.MonthlyIncome is not null, !string.IsNullOrEmpty(data.Phone), !string.IsNullOrEmpty(data.IdNumber));
    }
}
