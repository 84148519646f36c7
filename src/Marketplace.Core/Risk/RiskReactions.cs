using Marketplace.Core.Households;

namespace Marketplace.Core.Risk;

/// <summary>
/// Every change of a household's file re-scores it in the same transaction (one statement, a few
/// milliseconds), and announces the result, for early warnings to look at what changed.
/// </summary>
public sealed class RiskReactions(RiskScorer scorer) : ICommandReaction<HouseholdFileChanged>
{
    public async Task ReactAsync(CommandContext c, HouseholdFileChanged change, CancellationToken cancellationToken)
    {
        var cause = change.Cause.Length > 40 ? change.Cause[..40] : change.Cause;
        if (await scorer.ScoreAsync(c, change.HouseholdId, cause, always: false, cancellationToken) is { } rescored)
        {
            await c.AnnounceAsync(rescored, cancellationToken);
        }
    }
}
