using Marketplace.Core.Households;
using Marketplace.Core.Households.Events;
using Marketplace.Core.Households.Members;
using Marketplace.Core.Needs;
using Marketplace.Core.Risk;
using Marketplace.Core.Warnings;

namespace Marketplace.Core.Duplicates;

/// <summary>What a merge moved from the duplicate to the kept file, as the audit log records it.</summary>
public sealed record MergeMoved(
    IReadOnlyList<Guid> NeedIds, int OpenNeeds, int HouseholdEvents, int Members, int IdNumbers, int Warnings, int RiskHistory, int Tombstones);

/// <summary>
/// Every row that belongs to a household, set-based, one UPDATE a table: needs (with a note on each
/// timeline), household events, members and their registered ID numbers, warnings, risk history,
/// and older tombstones, which then point straight at the kept file. What stays with the duplicate:
/// its personal data (the tombstone's own), the log of reads of it (reads of that file, as they
/// were) and dismissals naming it. A test holds this list to the model's foreign keys.
/// </summary>
internal static class MergeMoves
{
    public static async Task<MergeMoved> MoveAsync(CommandContext c, Household kept, Household merged, CancellationToken cancellationToken)
    {
        var (from, to) = (merged.Id, kept.Id);
        var needIds = await c.Db.Needs.Where(n => n.HouseholdId == from).OrderBy(n => n.Id).Select(n => n.Id).ToListAsync(cancellationToken);
        // Open needs follow the kept household, as when a household moves (OpenNeedsMoveWithHousehold):
        // they are found where it lives. Closed ones stay in the community whose figures counted them.
        var (community, location, open) = (kept.CommunityCode, kept.Location, NeedStatuses.Open);
        var openNeeds = await c.Db.Needs.Where(n => n.HouseholdId == from && open.Contains(n.Status)).ExecuteUpdateAsync(set => set
            .SetProperty(n => n.HouseholdId, to).SetProperty(n => n.RegionCode, community).SetProperty(n => n.Location, location), cancellationToken);
        await c.Db.Needs.Where(n => n.HouseholdId == from).ExecuteUpdateAsync(set => set.SetProperty(n => n.HouseholdId, to), cancellationToken);
        c.Db.NeedEvents.AddRange(needIds.Select(id => new NeedEvent
        {
            NeedId = id,
            Kind = NeedEventKind.NoteAdded,
            At = c.Now,
            Actor = c.Viewer.Login,
            Note = $"合并档案 The household's file {from} was merged into {to} as a duplicate; this need moved with it.",
        }));

        var events = await c.Db.HouseholdEvents.Where(e => e.HouseholdId == from)
            .ExecuteUpdateAsync(set => set.SetProperty(e => e.HouseholdId, to), cancellationToken);
        var members = await c.Db.HouseholdMembers.Where(m => m.HouseholdId == from)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.HouseholdId, to), cancellationToken);
        var idNumbers = await c.Db.RegisteredIdNumbers.Where(r => r.HouseholdId == from)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.HouseholdId, to), cancellationToken);
        // Warnings still to answer go to the kept household's community, whose staff answer them.
        await c.Db.Warnings.Where(w => w.HouseholdId == from && w.Status != WarningStatus.Resolved)
            .ExecuteUpdateAsync(set => set.SetProperty(w => w.CommunityCode, community), cancellationToken);
        var warnings = await c.Db.Warnings.Where(w => w.HouseholdId == from)
            .ExecuteUpdateAsync(set => set.SetProperty(w => w.HouseholdId, to), cancellationToken);
        var risk = await c.Db.HouseholdRiskHistory.Where(r => r.HouseholdId == from)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.HouseholdId, to), cancellationToken);
        var tombstones = await c.Db.Households.Where(h => h.MergedIntoId == from)
            .ExecuteUpdateAsync(set => set.SetProperty(h => h.MergedIntoId, to), cancellationToken);
        return new MergeMoved(needIds, openNeeds, events, members, idNumbers, warnings, risk, tombstones);
    }
}
