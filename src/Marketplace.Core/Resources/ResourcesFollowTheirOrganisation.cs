using Marketplace.Core.Organisations;

namespace Marketplace.Core.Resources;

/// <summary>
/// A suspended organisation's open and exhausted resources are held: the suggestion statements,
/// the allocation planner and every match command read OPEN only, so nothing of it is offered,
/// and capacity given back while held does not reopen it. Verified again, each is open or
/// exhausted as its remaining capacity says. Accepted matches are left as they are.
/// </summary>
public sealed class ResourcesFollowTheirOrganisation : ICommandReaction<OrganisationSuspended>, ICommandReaction<OrganisationReinstated>
{
    public Task ReactAsync(CommandContext c, OrganisationSuspended change, CancellationToken cancellationToken) =>
        c.Db.Resources.Where(r => r.OrganisationId == change.OrganisationId && (r.Status == ResourceStatus.Open || r.Status == ResourceStatus.Exhausted))
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.Status, ResourceStatus.Held), cancellationToken);

    public Task ReactAsync(CommandContext c, OrganisationReinstated change, CancellationToken cancellationToken) =>
        c.Db.Resources.Where(r => r.OrganisationId == change.OrganisationId && r.Status == ResourceStatus.Held)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.Status, r => r.RemainingCapacity == 0 ? ResourceStatus.Exhausted : ResourceStatus.Open), cancellationToken);
}
