using Marketplace.Core.Categories;
using Marketplace.Core.Organisations;

namespace Marketplace.Core.Projects;

public sealed record CharityProjectInput(
    string Name, string? Description, IReadOnlyList<string> CategoryCodes, IReadOnlyList<string> TargetRegionCodes,
    int CapacityHouseholds, DateOnly StartsOn, DateOnly? EndsOn, string? FundedBy);

/// <summary>Social organisations run charity projects for the households of their target regions. Each command returns the project's id.</summary>
public sealed class CharityProjectCommands(CommandRunner runner)
{
    public Task<Guid> CreateAsync(Viewer viewer, Guid? organisationId, CharityProjectInput input, string? idempotencyKey, CancellationToken cancellationToken) =>
        runner.RunAsync(viewer, "createCharityProject", idempotencyKey, async c =>
        {
            var organisation = Permissions.ActingOrganisation(c.Viewer, organisationId, "Say which social organisation runs the project ('organisationId').");
            var kind = await c.Db.Organisations.Where(o => o.Id == organisation).Select(o => (OrganisationKind?)o.Kind).SingleOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException("Organisation", organisation.ToString());
            if (kind != OrganisationKind.SocialOrganisation) throw new ValidationException("Charity projects are run by social organisations.", "organisationId");
            await OrganisationStanding.EnsureInGoodStandingAsync(c, organisation, cancellationToken);
            await ValidateAsync(c, input, cancellationToken);
            var project = new CharityProject { Id = Guid.CreateVersion7(c.Now), OrganisationId = organisation, Name = input.Name.Trim() };
            Apply(c, project, input, enrolled: 0);
            c.Db.CharityProjects.Add(project);
            return project.Id;
        }, cancellationToken);

    public Task<Guid> UpdateAsync(Viewer viewer, Guid projectId, CharityProjectInput input, string? idempotencyKey, CancellationToken cancellationToken) =>
        runner.RunAsync(viewer, "updateCharityProject", idempotencyKey, async c =>
        {
            var project = await c.LockAsync<CharityProject>(projectId, "Charity project");
            Permissions.EnsureActsFor(c.Viewer, project.OrganisationId);
            await ValidateAsync(c, input, cancellationToken);
            var enrolled = Capacity.EnsureCovers(input.CapacityHouseholds, project.CapacityHouseholds, project.RemainingCapacity,
                taken => $"{taken} households are already enrolled; the capacity cannot go below that.");
            await c.Db.Set<CharityProjectTargetRegion>().Where(t => t.CharityProjectId == project.Id).ExecuteDeleteAsync(cancellationToken);
            project.Name = input.Name.Trim();
            Apply(c, project, input, enrolled);
            return project.Id;
        }, cancellationToken);

    private static void Apply(CommandContext c, CharityProject project, CharityProjectInput input, int enrolled)
    {
        project.Description = input.Description?.Trim();
        project.CategoryCodes = [.. input.CategoryCodes.Distinct()];
        project.TargetRegions = [.. input.TargetRegionCodes.Distinct().Select(code => new CharityProjectTargetRegion { CharityProjectId = project.Id, RegionCode = code })];
        project.CapacityHouseholds = input.CapacityHouseholds;
        project.RemainingCapacity = input.CapacityHouseholds - enrolled;
        (project.StartsOn, project.EndsOn, project.FundedBy) = (input.StartsOn, input.EndsOn, input.FundedBy?.Trim());
        var today = ReportingCalendar.DayOf(c.Now);
        project.Status = input.EndsOn < today ? CharityProjectStatus.Closed : input.StartsOn > today ? CharityProjectStatus.Planned : CharityProjectStatus.Active;
    }

    private static async Task ValidateAsync(CommandContext c, CharityProjectInput input, CancellationToken cancellationToken)
    {
        Validation.Required(input.Name, "name", "Give the project a name.", maxLength: 200);
        if (input.Description is { Length: > 2000 }) throw new ValidationException("A description has at most 2000 characters.", "description");
        if (input.CapacityHouseholds <= 0) throw new ValidationException($"The capacity is more than 0 households; got {input.CapacityHouseholds}.", "capacityHouseholds");
        if (input.EndsOn < input.StartsOn) throw new ValidationException("'endsOn' comes before 'startsOn'.", "endsOn");
        if (input.CategoryCodes.Count == 0) throw new ValidationException("Say which need categories the project serves.", "categoryCodes");
        if (input.TargetRegionCodes.Count == 0) throw new ValidationException("Say which regions the project serves.", "targetRegionCodes");
        var categories = input.CategoryCodes.Distinct().ToList();
        var knownCategories = await c.Db.NeedCategories.CountAsync(cat => categories.Contains(cat.Code), cancellationToken);
        if (knownCategories != categories.Count) throw new ValidationException("Some categories are unknown; the 'categories' query lists them.", "categoryCodes");
        var regions = input.TargetRegionCodes.Distinct().ToList();
        var knownRegions = await c.Db.Regions.CountAsync(r => regions.Contains(r.Code), cancellationToken);
        if (knownRegions != regions.Count) throw new ValidationException("Some target regions are unknown; the 'regions' query lists them.", "targetRegionCodes");
    }
}
