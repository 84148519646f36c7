using Marketplace.Core.Needs;
using Marketplace.Core.Resources;

namespace Marketplace.Core.Matching;

/// <summary>
/// What matching does when a need is cancelled or a resource withdrawn, in the same transaction:
/// proposals are cancelled (nothing was taken, nothing to give back); accepted matches stand,
/// since households were promised them.
/// </summary>
public sealed class MatchReactions : ICommandReaction<NeedCancelling>, ICommandReaction<ResourceWithdrawing>, ICommandReaction<ResourceWithdrawn>
{
    public async Task ReactAsync(CommandContext c, NeedCancelling change, CancellationToken cancellationToken)
    {
        var need = change.Need;
        if (await c.Db.Matches.AnyAsync(m => m.NeedId == need.Id && m.Status == MatchStatus.Accepted, cancellationToken))
        {
            throw new InvalidTransitionException("A resource has accepted this need: cancel that match first, so its donor knows.");
        }
        var proposals = await c.Db.Matches.Where(m => m.NeedId == need.Id && m.Status == MatchStatus.Proposed).ToListAsync(cancellationToken);
        foreach (var proposal in proposals)
        {
            proposal.Status = MatchStatus.Cancelled;
            c.Record(need, NeedEventKind.MatchCancelled, from: null, "The need was cancelled.", proposal.Id);
        }
    }

    /// <summary>Locks the resource's proposals and their needs, before the resource itself (match, need, resource: every command's order).</summary>
    public async Task ReactAsync(CommandContext c, ResourceWithdrawing change, CancellationToken cancellationToken)
    {
        foreach (var id in await ProposalIdsAsync(c, change.ResourceId, cancellationToken))
        {
            var match = await c.LockAsync<Match>(id, "Match");
            await c.LockNeedAsync(match.NeedId);
        }
    }

    public async Task ReactAsync(CommandContext c, ResourceWithdrawn change, CancellationToken cancellationToken)
    {
        // The proposals locked above come back from the context as they are: locking them again is
        // free. One committed between the two steps is locked here, after the resource, against
        // the usual order: a concurrent acceptance of it may then deadlock, which PostgreSQL breaks
        // and the runner answers as CONFLICT, to be retried. Cancelling it beats leaving it open.
        foreach (var id in await ProposalIdsAsync(c, change.Resource.Id, cancellationToken))
        {
            var match = await c.LockAsync<Match>(id, "Match");
            var need = await c.LockNeedAsync(match.NeedId);
            match.Status = MatchStatus.Cancelled;
            await MatchCommands.SettleAsync(c, need, NeedEventKind.MatchCancelled, match, cancellationToken, change.Reason ?? "The resource was withdrawn.");
        }
    }

    private static Task<List<Guid>> ProposalIdsAsync(CommandContext c, Guid resourceId, CancellationToken cancellationToken) =>
        c.Db.Matches.Where(m => m.ResourceId == resourceId && m.Status == MatchStatus.Proposed)
            .OrderBy(m => m.Id).Select(m => m.Id).ToListAsync(cancellationToken);
}
