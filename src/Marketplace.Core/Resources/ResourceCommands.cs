using Marketplace.Core.Categories;
using Marketplace.Core.Organisations;

namespace Marketplace.Core.Resources;

/// <summary>What a resource is, as posted or changed by its organisation.</summary>
public sealed record ResourceInput(
    string CategoryCode, ResourceKind Kind, string Title, string? Description, int Quantity, string Unit,
    double Latitude, double Longitude, double ServiceRadiusMeters, DateOnly? AvailableFrom, DateOnly? AvailableUntil);

/// <summary>Donor units and social organisations post, change and withdraw their resources. Each command returns the resource's id.</summary>
public sealed class ResourceCommands(CommandRunner runner)
{
    public Task<Guid> PostAsync(Viewer viewer, Guid? organisationId, ResourceInput input, string? idempotencyKey, CancellationToken cancellationToken) =>
        runner.RunAsync(viewer, "postResource", idempotencyKey, async c =>
        {
            var organisation = Permissions.ActingOrganisation(c.Viewer, organisationId, "Say for which organisation the resource is posted ('organisationId').");
            if (!await c.Db.Organisations.AnyAsync(o => o.Id == organisation, cancellationToken)) throw new NotFoundException("Organisation", organisation.ToString());
            await OrganisationStanding.EnsureInGoodStandingAsync(c, organisation, cancellationToken);
            await ValidateAsync(c, input, cancellationToken);
            var resource = new Resource
            {
                Id = Guid.CreateVersion7(c.Now),
                OrganisationId = organisation,
                CategoryCode = input.CategoryCode,
                Title = input.Title.Trim(),
                Unit = input.Unit.Trim(),
                Location = new GeoCircle(input.Latitude, input.Longitude, input.ServiceRadiusMeters).Centre,
                PostedAt = c.Now,
                Status = ResourceStatus.Open,
            };
            Apply(resource, input, allocated: 0);
            c.Db.Resources.Add(resource);
            return resource.Id;
        }, cancellationToken);

    public Task<Guid> UpdateAsync(Viewer viewer, Guid resourceId, ResourceInput input, string? idempotencyKey, CancellationToken cancellationToken) =>
        runner.RunAsync(viewer, "updateResource", idempotencyKey, async c =>
        {
            var resource = await c.LockAsync<Resource>(resourceId, "Resource");
            Permissions.EnsureActsFor(c.Viewer, resource.OrganisationId);
            if (resource.Status == ResourceStatus.Withdrawn) throw new InvalidTransitionException("A withdrawn resource cannot be changed; post a new one.");
            await OrganisationStanding.EnsureInGoodStandingAsync(c, resource.OrganisationId, cancellationToken);
            await ValidateAsync(c, input, cancellationToken, kept: resource.CategoryCode);
            var allocated = Capacity.EnsureCovers(input.Quantity, resource.Quantity, resource.RemainingCapacity,
                taken => $"{taken} {resource.Unit} are already promised to accepted matches; the quantity cannot go below that.");
            (resource.CategoryCode, resource.Title, resource.Unit) = (input.CategoryCode, input.Title.Trim(), input.Unit.Trim());
            resource.Location = new GeoCircle(input.Latitude, input.Longitude, input.ServiceRadiusMeters).Centre;
            Apply(resource, input, allocated);
            return resource.Id;
        }, cancellationToken);

    /// <summary>Withdraws the resource: open proposals are cancelled; accepted matches stand, since households were promised them.</summary>
    public Task<Guid> WithdrawAsync(Viewer viewer, Guid resourceId, string? reason, string? idempotencyKey, CancellationToken cancellationToken) =>
        runner.RunAsync(viewer, "withdrawResource", idempotencyKey, async c =>
        {
            // Matching locks the resource's proposals and their needs first, in the order every
            // command takes them (match, need, resource), so that a withdrawal and an acceptance at
            // the same moment wait for each other instead of deadlocking.
            await c.AnnounceAsync(new ResourceWithdrawing(resourceId), cancellationToken);
            var resource = await c.LockAsync<Resource>(resourceId, "Resource");
            Permissions.EnsureActsFor(c.Viewer, resource.OrganisationId);
            if (resource.Status == ResourceStatus.Withdrawn) throw new InvalidTransitionException("This resource is already withdrawn.");
            resource.Status = ResourceStatus.Withdrawn;
            await c.AnnounceAsync(new ResourceWithdrawn(resource, reason), cancellationToken);
            return resource.Id;
        }, cancellationToken);

    private static void Apply(Resource resource, ResourceInput input, int allocated)
    {
        resource.Kind = input.Kind;
        resource.Description = input.Description?.Trim();
        resource.Quantity = input.Quantity;
        resource.RemainingCapacity = input.Quantity - allocated;
        resource.ServiceRadiusMeters = input.ServiceRadiusMeters;
        (resource.AvailableFrom, resource.AvailableUntil) = (input.AvailableFrom, input.AvailableUntil);
        if (resource.Status is not (ResourceStatus.Withdrawn or ResourceStatus.Held)) resource.Status = resource.RemainingCapacity == 0 ? ResourceStatus.Exhausted : ResourceStatus.Open;
    }

    private static async Task ValidateAsync(CommandContext c, ResourceInput input, CancellationToken cancellationToken, string? kept = null)
    {
        Validation.Required(input.Title, "title", "Give the resource a title.", maxLength: 200);
        Validation.Required(input.Unit, "unit", "Give the unit its quantity counts (份, 次, 小时 …).", maxLength: 20);
        if (input.Description is { Length: > 2000 }) throw new ValidationException("A description has at most 2000 characters.", "description");
        if (input.Quantity <= 0) throw new ValidationException($"A quantity is more than 0; got {input.Quantity}.", "quantity");
        if (input.AvailableFrom > input.AvailableUntil) throw new ValidationException("'availableFrom' comes after 'availableUntil'.", "availableUntil");
        await CategoryChoice.EnsureOfferedAsync(c, input.CategoryCode, "categoryCode", cancellationToken, kept);
    }
}
