namespace Marketplace.Core.Households;

/// <summary>The household's file (一户一档) as the community keeps it.</summary>
public sealed record HouseholdInput(
    string CommunityCode, double Latitude, double Longitude, int MemberCount, IReadOnlyList<AssistanceStatus> AssistanceStatuses,
    RiskLevel RiskLevel, IReadOnlyList<string> Labels, string HeadName, string? Phone, string? IdNumber, string Address);

/// <summary>Community staff register households and keep their files. Each command returns the household's id.</summary>
public sealed class HouseholdCommands(CommandRunner runner)
{
    public Task<Guid> RegisterAsync(Viewer viewer, HouseholdInput input, string? idempotencyKey, CancellationToken cancellationToken) =>
        runner.RunAsync(viewer, "registerHousehold", idempotencyKey, async c =>
        {
            await ValidateAsync(c, input, cancellationToken);
            var household = new Household
            {
                Id = Guid.CreateVersion7(c.Now),
                CommunityCode = input.CommunityCode,
                Location = new GeoCircle(input.Latitude, input.Longitude, 1).Centre,
                RegisteredAt = c.Now,
                Personal = new HouseholdPersonalData { HeadName = "", Address = "" },
            };
            Apply(household, household.Personal, input);
            c.Db.Households.Add(household);
            await c.Db.SaveChangesAsync(cancellationToken);
            await c.AnnounceAsync(new HouseholdFileChanged(household.Id, "registerHousehold"), cancellationToken);
            return household.Id;
        }, cancellationToken);

    public Task<Guid> UpdateAsync(Viewer viewer, Guid householdId, HouseholdInput input, string? idempotencyKey, CancellationToken cancellationToken) =>
        runner.RunAsync(viewer, "updateHousehold", idempotencyKey, async c =>
        {
            var household = await c.Db.Households.Include(h => h.Personal).SingleOrDefaultAsync(h => h.Id == householdId, cancellationToken)
                ?? throw new NotFoundException("Household", householdId.ToString());
            Permissions.EnsureKeepsFilesOf(c.Viewer, household.CommunityCode);
            await ValidateAsync(c, input, cancellationToken);
            Apply(household, household.Personal ?? throw new InvalidOperationException("A household without its file."), input);
            // Its open needs move with it (Needs reacts): they are found where the household lives.
            await c.AnnounceAsync(new HouseholdMoved(household), cancellationToken);
            await c.Db.SaveChangesAsync(cancellationToken);
            await c.AnnounceAsync(new HouseholdFileChanged(household.Id, "updateHousehold"), cancellationToken);
            return household.Id;
        }, cancellationToken);

    private static void Apply(Household household, HouseholdPersonalData personal, HouseholdInput input)
    {
        household.CommunityCode = input.CommunityCode;
        household.Location = new GeoCircle(input.Latitude, input.Longitude, 1).Centre;
        household.MemberCount = input.MemberCount;
        household.AssistanceStatus = input.AssistanceStatuses.Aggregate(AssistanceStatus.None, (all, s) => all | s);
        household.RiskLevel = input.RiskLevel;
        household.Labels = [.. input.Labels.Select(l => l.Trim()).Where(l => l.Length > 0).Distinct()];
        personal.HeadName = input.HeadName.Trim();
        personal.Phone = input.Phone?.Trim();
        personal.IdNumber = input.IdNumber?.Trim();
        personal.Address = input.Address.Trim();
    }

    private static async Task ValidateAsync(CommandContext c, HouseholdInput input, CancellationToken cancellationToken)
    {
        var community = await c.Db.Regions.AsNoTracking().SingleOrDefaultAsync(r => r.Code == input.CommunityCode, cancellationToken)
            ?? throw new NotFoundException("Region", input.CommunityCode);
        if (community.Level != RegionLevel.Community) throw new ValidationException("A household belongs to a community (社区/村), not to a district or sub-district.", "communityCode");
        Permissions.EnsureKeepsFilesOf(c.Viewer, community.Code);
        if (input.MemberCount is < 1 or > 50) throw new ValidationException($"A household has 1 to 50 members; got {input.MemberCount}.", "memberCount");
        Validation.Required(input.HeadName, "headName", "Give the head of household's name.", maxLength: 100);
        Validation.Required(input.Address, "address", "Give the household's address.", maxLength: 300);
        if (input.Phone is { Length: > 32 }) throw new ValidationException("A phone number has at most 32 characters.", "phone");
        if (input.IdNumber is { } id && !(id.Length == 18 && id[..17].All(char.IsAsciiDigit) && (char.IsAsciiDigit(id[17]) || id[17] is 'X' or 'x')))
        {
            throw new ValidationException("An ID number (身份证号) has 17 digits and a digit or X.", "idNumber");
        }
    }
}
