using Marketplace.Core.Audit;
using Marketplace.Core.Households;
using Marketplace.Core.Households.Duplicates;

namespace Marketplace.Core.Duplicates;

/// <summary>An officer looks at a suspect pair and finds two households after all: the pair is not suggested again.</summary>
public sealed class DuplicateDismissals(CommandRunner runner, IDbContextFactory<MarketplaceDbContext> dbFactory)
{
    public const int MaxReasonLength = 500;

    /// <summary>Officers of either household's sub-district, admins. Returns the pair's first household id (see <see cref="DuplicatePair.Ordered"/>).</summary>
    public Task<Guid> DismissAsync(Viewer viewer, Guid householdId, Guid otherHouseholdId, string reason, string? idempotencyKey, CancellationToken cancellationToken) =>
        runner.RunAsync(viewer, "dismissDuplicateSuspect", idempotencyKey, async c =>
        {
            if (householdId == otherHouseholdId) throw new ValidationException("A household is not a duplicate of itself: give two households.", "secondHouseholdId");
            var why = Validation.Required(reason, "reason", "Say why these are two households (e.g. two people of the same name in one building).", MaxReasonLength);
            var (first, second) = DuplicatePair.Ordered(householdId, otherHouseholdId);
            var pair = await c.Db.Households.AsNoTracking().Where(h => h.Id == first || h.Id == second).ToListAsync(cancellationToken);
            foreach (var id in new[] { first, second })
            {
                if (pair.All(h => h.Id != id)) throw new NotFoundException("Household", id.ToString());
            }
            var allowed = c.Viewer.IsAdmin || (c.Viewer.Role == Role.SubDistrictOfficer && pair.Any(h => c.Viewer.Covers(h.CommunityCode)));
            if (!allowed) throw new ForbiddenException("Only the officers of either household's sub-district and admins may dismiss a suspected duplicate.");
            if (pair.FirstOrDefault(h => h.MergedIntoId is not null) is { } tombstone)
            {
                throw new InvalidTransitionException($"Household {tombstone.Id} was merged into {tombstone.MergedIntoId}: the pair is no longer a suspect.");
            }
            if (await c.Db.DuplicateDismissals.AnyAsync(d => d.FirstHouseholdId == first && d.SecondHouseholdId == second, cancellationToken))
            {
                throw new InvalidTransitionException("This pair was already dismissed as two households.");
            }
            c.Db.DuplicateDismissals.Add(new DuplicateDismissal
            {
                FirstHouseholdId = first, SecondHouseholdId = second, Reason = why, DismissedBy = c.Viewer.Login, DismissedAt = c.Now,
            });
            c.Audit("duplicate.dismissed", "DuplicatePair", $"{first}/{second}", before: null, after: new { reason = why });
            return first;
        }, cancellationToken);

    /// <summary>A dismissal as recorded, by its pair in order.</summary>
    public async Task<DuplicateDismissal> GetAsync(Guid first, Guid second, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.DuplicateDismissals.AsNoTracking().SingleOrDefaultAsync(d => d.FirstHouseholdId == first && d.SecondHouseholdId == second, cancellationToken)
            ?? throw new NotFoundException("Duplicate dismissal", $"{first}/{second}");
    }
}
