using Marketplace.Core.Categories;
using Marketplace.Core.Needs;
using Marketplace.Core.Organisations;
using Marketplace.Core.Projects;
using Marketplace.Core.Resources;

namespace Marketplace.Core.Matching;

/// <summary>
/// Matches between needs and resources or projects. Capacity is taken when the organisation
/// accepts, under a lock on the resource's row, so a resource's remaining capacity is always its
/// quantity minus its accepted and delivered matches, and never below zero. Locks are taken in
/// one order (match, need, resource or project) so that commands do not deadlock each other.
/// Each command returns the match's id.
/// </summary>
public sealed class MatchCommands(CommandRunner runner, CategoryTaxonomy taxonomy)
{
    public Task<Guid> ProposeAsync(Viewer viewer, ProposeMatchInput input, string? idempotencyKey, CancellationToken cancellationToken) =>
        runner.RunAsync(viewer, "proposeMatch", idempotencyKey, c => ProposeAsync(c, input, cancellationToken), cancellationToken);

    /// <summary>Many proposals at once (an applied allocation plan): all of them, or none if one is refused.</summary>
    public async Task<IReadOnlyList<Guid>> ProposeAllAsync(
        Viewer viewer, IReadOnlyList<ProposeMatchInput> inputs, string? idempotencyKey, CancellationToken cancellationToken)
    {
        if (inputs.Count == 0) throw new ValidationException("The plan has no matches to apply.", "matches");
        return await runner.RunAllAsync(viewer, "applyAllocation", idempotencyKey, async c =>
        {
            var ids = new List<Guid>();
            foreach (var input in inputs) ids.Add(await ProposeAsync(c, input, cancellationToken));
            return ids;
        }, cancellationToken);
    }

    private async Task<Guid> ProposeAsync(CommandContext c, ProposeMatchInput input, CancellationToken cancellationToken)
    {
        if ((input.ResourceId is null) == (input.CharityProjectId is null))
        {
            throw new ValidationException("Give either 'resourceId' or 'charityProjectId'.", "resourceId");
        }
        if (input.Quantity <= 0) throw new ValidationException($"A quantity is more than 0; got {input.Quantity}.", "quantity");
        var need = await c.LockNeedAsync(input.NeedId);
        NeedAccess.EnsureFollows(c.Viewer, need);
        NeedTransitions.Ensure(need, NeedEventKind.MatchProposed);

        var serving = await taxonomy.ServingAsync(need.CategoryCode, cancellationToken);
        var provider = input.ResourceId is { } resourceId
            ? await CheckResourceAsync(c, need, resourceId, input.Quantity, serving, cancellationToken)
            : await CheckProjectAsync(c, need, input.CharityProjectId!.Value, serving, cancellationToken);

        var match = new Match
        {
            Id = Guid.CreateVersion7(c.Now),
            NeedId = need.Id,
            ResourceId = input.ResourceId,
            CharityProjectId = input.CharityProjectId,
            Quantity = input.ResourceId is null ? 1 : input.Quantity,
            Status = MatchStatus.Proposed,
            ProposedAt = c.Now,
            ProposedBy = c.Viewer.Login,
        };
        c.Db.Matches.Add(match);
        var before = need.Status;
        if (need.Status == NeedStatus.Claimed) need.Status = NeedStatus.Matched;
        c.Record(need, NeedEventKind.MatchProposed, before, input.Note ?? $"→ {provider}", match.Id);
        return match.Id;
    }

    public Task<Guid> AcceptAsync(Viewer viewer, Guid matchId, string? idempotencyKey, CancellationToken cancellationToken) =>
        runner.RunAsync(viewer, "acceptMatch", idempotencyKey, async c =>
        {
            var match = await c.LockAsync<Match>(matchId, "Match");
            var need = await c.LockNeedAsync(match.NeedId);
            EnsureStatus(match, MatchStatus.Proposed, "accepted");
            if (match.ResourceId is { } resourceId)
            {
                var resource = await c.LockAsync<Resource>(resourceId, "Resource");
                Permissions.EnsureActsFor(c.Viewer, resource.OrganisationId);
                Take(resource, match.Quantity);
            }
            else
            {
                var project = await c.LockAsync<CharityProject>(match.CharityProjectId!.Value, "Charity project");
                Permissions.EnsureActsFor(c.Viewer, project.OrganisationId);
                await OrganisationStanding.EnsureInGoodStandingAsync(c, project.OrganisationId, cancellationToken);
                if (project.RemainingCapacity < 1) throw new CapacityExceededException($"'{project.Name}' has no household places left.");
                project.RemainingCapacity--;
            }
            match.Status = MatchStatus.Accepted;
            match.DecidedAt = c.Now;
            await SettleAsync(c, need, NeedEventKind.MatchAccepted, match, cancellationToken);
            return match.Id;
        }, cancellationToken);

    public Task<Guid> DeclineAsync(Viewer viewer, Guid matchId, string? reason, string? idempotencyKey, CancellationToken cancellationToken) =>
        runner.RunAsync(viewer, "declineMatch", idempotencyKey, async c =>
        {
            var match = await c.LockAsync<Match>(matchId, "Match");
            var need = await c.LockNeedAsync(match.NeedId);
            Permissions.EnsureActsFor(c.Viewer, await OrganisationOfAsync(c, match, cancellationToken));
            EnsureStatus(match, MatchStatus.Proposed, "declined");
            match.Status = MatchStatus.Declined;
            match.DecidedAt = c.Now;
            await SettleAsync(c, need, NeedEventKind.MatchDeclined, match, cancellationToken, reason);
            return match.Id;
        }, cancellationToken);

    public Task<Guid> MarkDeliveredAsync(Viewer viewer, Guid matchId, string? note, string? idempotencyKey, CancellationToken cancellationToken) =>
        runner.RunAsync(viewer, "markDelivered", idempotencyKey, async c =>
        {
            var match = await c.LockAsync<Match>(matchId, "Match");
            var need = await c.LockNeedAsync(match.NeedId);
            EnsureOrganisationOrFollower(c, need, await OrganisationOfAsync(c, match, cancellationToken));
            EnsureStatus(match, MatchStatus.Accepted, "marked delivered");
            match.Status = MatchStatus.Delivered;
            match.DeliveredAt = c.Now;
            c.Record(need, NeedEventKind.MatchDelivered, from: null, note, match.Id);
            return match.Id;
        }, cancellationToken);

    public Task<Guid> CancelAsync(Viewer viewer, Guid matchId, string reason, string? idempotencyKey, CancellationToken cancellationToken) =>
        runner.RunAsync(viewer, "cancelMatch", idempotencyKey, async c =>
        {
            var match = await c.LockAsync<Match>(matchId, "Match");
            var need = await c.LockNeedAsync(match.NeedId);
            EnsureOrganisationOrFollower(c, need, await OrganisationOfAsync(c, match, cancellationToken));
            if (match.Status is not (MatchStatus.Proposed or MatchStatus.Accepted))
            {
                throw new InvalidTransitionException($"This match is {match.Status.ToString().ToUpperInvariant()}; only a PROPOSED or ACCEPTED match can be cancelled.");
            }
            var text = Validation.Required(reason, "reason", "Say why the match is cancelled.");
            if (match.Status == MatchStatus.Accepted) await GiveBackAsync(c, match);
            match.Status = MatchStatus.Cancelled;
            await SettleAsync(c, need, NeedEventKind.MatchCancelled, match, cancellationToken, text);
            return match.Id;
        }, cancellationToken);

    /// <summary>The need's status follows its matches: accepted → IN_SERVICE, proposed → MATCHED, none → CLAIMED.</summary>
    internal static async Task SettleAsync(CommandContext c, Need need, NeedEventKind kind, Match match, CancellationToken cancellationToken, string? note = null)
    {
        await c.Db.SaveChangesAsync(cancellationToken);
        var before = need.Status;
        if (need.Status is NeedStatus.Claimed or NeedStatus.Matched or NeedStatus.InService)
        {
            var live = await c.Db.Matches.Where(m => m.NeedId == need.Id).Select(m => m.Status).ToListAsync(cancellationToken);
            need.Status = live.Any(s => s is MatchStatus.Accepted or MatchStatus.Delivered) ? NeedStatus.InService
                : live.Contains(MatchStatus.Proposed) ? NeedStatus.Matched
                : NeedStatus.Claimed;
        }
        c.Record(need, kind, before, note, match.Id);
    }

    private static void Take(Resource resource, int quantity)
    {
        if (resource.Status == ResourceStatus.Withdrawn) throw new InvalidTransitionException("This resource was withdrawn; it takes no more matches.");
        if (resource.Status == ResourceStatus.Held) throw new InvalidTransitionException("This resource is held while its organisation is suspended; it takes no matches until the organisation is verified again.");
        if (resource.RemainingCapacity < quantity)
        {
            throw new CapacityExceededException($"Only {resource.RemainingCapacity} {resource.Unit} of '{resource.Title}' are left; this match asks for {quantity}.");
        }
        resource.RemainingCapacity -= quantity;
        if (resource.RemainingCapacity == 0) resource.Status = ResourceStatus.Exhausted;
    }

    private static async Task GiveBackAsync(CommandContext c, Match match)
    {
        if (match.ResourceId is { } resourceId)
        {
            var resource = await c.LockAsync<Resource>(resourceId, "Resource");
            resource.RemainingCapacity += match.Quantity;
            if (resource.Status == ResourceStatus.Exhausted) resource.Status = ResourceStatus.Open;
        }
        else
        {
            (await c.LockAsync<CharityProject>(match.CharityProjectId!.Value, "Charity project")).RemainingCapacity++;
        }
    }

    private static async Task<string> CheckResourceAsync(
        CommandContext c, Need need, Guid resourceId, int quantity, IReadOnlyList<string> serving, CancellationToken cancellationToken)
    {
        var found = await c.Db.Resources.AsNoTracking().Where(r => r.Id == resourceId)
            .Select(r => new { r.Title, r.Status, r.CategoryCode, r.RemainingCapacity, r.Unit, Reaches = r.Location.IsWithinDistance(need.Location, r.ServiceRadiusMeters) })
            .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("Resource", resourceId.ToString());
        if (found.Status != ResourceStatus.Open) throw new InvalidTransitionException($"'{found.Title}' is {found.Status.ToString().ToUpperInvariant()}; only an OPEN resource takes matches.");
        if (!serving.Contains(found.CategoryCode)) throw new ValidationException($"'{found.Title}' serves {found.CategoryCode}, not this need's {need.CategoryCode}.", "resourceId");
        if (!found.Reaches) throw new ValidationException($"The household lies beyond the service radius of '{found.Title}'.", "resourceId");
        if (found.RemainingCapacity < quantity) throw new CapacityExceededException($"Only {found.RemainingCapacity} {found.Unit} of '{found.Title}' are left; this match asks for {quantity}.");
        return found.Title;
    }

    private static async Task<string> CheckProjectAsync(
        CommandContext c, Need need, Guid projectId, IReadOnlyList<string> serving, CancellationToken cancellationToken)
    {
        var project = await c.Db.CharityProjects.AsNoTracking().Include(p => p.TargetRegions).SingleOrDefaultAsync(p => p.Id == projectId, cancellationToken)
            ?? throw new NotFoundException("Charity project", projectId.ToString());
        if (project.Status != CharityProjectStatus.Active) throw new InvalidTransitionException($"'{project.Name}' is not active.");
        if (await c.Db.Organisations.AnyAsync(o => o.Id == project.OrganisationId && o.SuspendedAt != null, cancellationToken))
        {
            throw new InvalidTransitionException($"The organisation running '{project.Name}' is suspended; the project takes no households until it is verified again.");
        }
        if (!project.CategoryCodes.Intersect(serving).Any()) throw new ValidationException($"'{project.Name}' does not serve {need.CategoryCode}.", "charityProjectId");
        if (!project.TargetRegions.Any(t => Regions.RegionCode.Contains(t.RegionCode, need.RegionCode)))
        {
            throw new ValidationException($"The need's community is outside the target regions of '{project.Name}'.", "charityProjectId");
        }
        if (project.RemainingCapacity < 1) throw new CapacityExceededException($"'{project.Name}' has no household places left.");
        return project.Name;
    }

    private static async Task<Guid> OrganisationOfAsync(CommandContext c, Match match, CancellationToken cancellationToken) =>
        match.ResourceId is { } resourceId
            ? await c.Db.Resources.Where(r => r.Id == resourceId).Select(r => r.OrganisationId).SingleAsync(cancellationToken)
            : await c.Db.CharityProjects.Where(p => p.Id == match.CharityProjectId).Select(p => p.OrganisationId).SingleAsync(cancellationToken);

    private static void EnsureOrganisationOrFollower(CommandContext c, Need need, Guid organisationId)
    {
        if (c.Viewer.Role.IsOrganisationScoped()) Permissions.EnsureActsFor(c.Viewer, organisationId);
        else NeedAccess.EnsureFollows(c.Viewer, need);
    }

    private static void EnsureStatus(Match match, MatchStatus expected, string verb)
    {
        if (match.Status == expected) return;
        var message = $"This match is {match.Status.ToString().ToUpperInvariant()}; only a {expected.ToString().ToUpperInvariant()} match can be {verb}.";
        // Two people deciding at once: the loser learns it was decided, not that it was never possible.
        throw match.Status is MatchStatus.Accepted or MatchStatus.Declined or MatchStatus.Delivered or MatchStatus.Cancelled && expected == MatchStatus.Proposed
            ? new ConflictException(message)
            : new InvalidTransitionException(message);
    }
}
