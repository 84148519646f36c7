using Marketplace.Core.Households;

namespace Marketplace.Core.Needs;

/// <summary>A household's open needs move with it: they are found where the household lives.</summary>
public sealed class OpenNeedsMoveWithHousehold : ICommandReaction<HouseholdMoved>
{
    public Task ReactAsync(CommandContext c, HouseholdMoved change, CancellationToken cancellationToken)
    {
        var household = change.Household;
        var (location, community) = (household.Location, household.CommunityCode);
        return c.Db.Needs.Where(n => n.HouseholdId == household.Id && n.Status != NeedStatus.Cleared && n.Status != NeedStatus.Cancelled)
            .ExecuteUpdateAsync(set => set.SetProperty(n => n.Location, location).SetProperty(n => n.RegionCode, community), cancellationToken);
    }
}
