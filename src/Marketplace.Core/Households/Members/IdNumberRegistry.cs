namespace Marketplace.Core.Households.Members;

/// <summary>
/// Keeps registered_id_numbers in step with a household's file: every number its head and its
/// active members hold is the household's, and no other household's. Called by every command that
/// changes a file, after its changes are saved and before it commits.
/// </summary>
/// <remarks>
/// A number is claimed with INSERT … ON CONFLICT DO NOTHING: a registration racing another for the
/// same person waits for it on the primary key and, when that one commits, finds the number taken
/// and answers DUPLICATE_PERSON naming where, as a registration that came later would. A removed
/// member's number is freed (the member's row keeps it, recorded, not erased), so that a person who
/// moved can be registered where they live now.
/// </remarks>
public static class IdNumberRegistry
{
    public static async Task SyncAsync(CommandContext c, Guid householdId, CancellationToken cancellationToken)
    {
        var head = await c.Db.Set<HouseholdPersonalData>().AsNoTracking().Where(p => p.HouseholdId == householdId).Select(p => p.IdNumber).SingleOrDefaultAsync(cancellationToken);
        var members = await c.Db.HouseholdMembers.AsNoTracking()
            .Where(m => m.HouseholdId == householdId && m.RemovedAt == null && m.IdNumber != null)
            .Select(m => new { m.Id, m.IdNumber, m.Relation })
            .ToListAsync(cancellationToken);

        // Number → the member holding it; null for the head as recorded on the file alone.
        var wanted = new Dictionary<string, Guid?>(StringComparer.Ordinal);
        if (head is not null) wanted[head] = null;
        foreach (var member in members)
        {
            if (wanted.TryGetValue(member.IdNumber!, out var holder))
            {
                if (holder is null && member.Relation == MemberRelation.Head)
                {
                    wanted[member.IdNumber!] = member.Id; // The head, listed among the members too.
                    continue;
                }
                if (holder is null) throw new ValidationException("This is the head of household's ID number: the member who holds it is the head (relation HEAD).", "idNumber");
                throw await DuplicateAsync(c, householdId, cancellationToken);
            }
            wanted[member.IdNumber!] = member.Id;
        }

        var registered = await c.Db.RegisteredIdNumbers.Where(r => r.HouseholdId == householdId).ToListAsync(cancellationToken);
        foreach (var row in registered)
        {
            if (!wanted.TryGetValue(row.IdNumber, out var holder)) c.Db.RegisteredIdNumbers.Remove(row);
            else if (row.MemberId != holder) row.MemberId = holder;
        }
        await c.Db.SaveChangesAsync(cancellationToken);

        foreach (var (number, holder) in wanted.Where(w => registered.All(r => r.IdNumber != w.Key)))
        {
            var claimed = await c.Db.Database.ExecuteSqlAsync(
                $"INSERT INTO registered_id_numbers (id_number, household_id, member_id) VALUES ({number}, {householdId}, CAST({holder} AS uuid)) ON CONFLICT DO NOTHING",
                cancellationToken);
            if (claimed == 0) throw await TakenAsync(c, number, cancellationToken);
        }
    }

    private static async Task<Exception> TakenAsync(CommandContext c, string number, CancellationToken cancellationToken)
    {
        // Read committed: this statement sees the row the insert waited for, unless it was freed meanwhile.
        var owner = await c.Db.RegisteredIdNumbers.AsNoTracking().Where(r => r.IdNumber == number).Select(r => (Guid?)r.HouseholdId).SingleOrDefaultAsync(cancellationToken);
        return owner is { } household
            ? await DuplicateAsync(c, household, cancellationToken)
            : new ConflictException("This ID number was being registered or removed at the same moment; try again.");
    }

    private static async Task<DuplicatePersonException> DuplicateAsync(CommandContext c, Guid householdId, CancellationToken cancellationToken)
    {
        var file = await c.Db.Households.AsNoTracking().Where(h => h.Id == householdId)
            .Select(h => new { h.CommunityCode, Community = h.Community!.Name })
            .SingleAsync(cancellationToken);
        // Which household, only to whoever may see that file anyway; a social worker holds no
        // registration rights, so holding one of its needs does not come into it.
        var mayKnow = PersonalDataPolicy.MaySee(c.Viewer, file.CommunityCode, viewerHoldsANeedOfTheHousehold: false);
        return new DuplicatePersonException(file.CommunityCode, file.Community, mayKnow ? householdId : null);
    }
}
