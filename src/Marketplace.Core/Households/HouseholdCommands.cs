using Marketplace.Core.Households.Members;
using Marketplace.Core.Labels;

namespace Marketplace.Core.Households;

/// <summary>
/// The household's file (一户一档) as the community keeps it. <paramref name="MemberCount"/> is
/// needed until members are on file; from then on it follows them. Labels are codes of the
/// vocabulary that apply to households.
/// </summary>
public sealed record HouseholdInput(
    string CommunityCode, double Latitude, double Longitude, int? MemberCount, IReadOnlyList<AssistanceStatus> AssistanceStatuses,
    RiskLevel RiskLevel, IReadOnlyList<string> Labels, string HeadName, string? Phone, string? IdNumber, string Address,
    decimal? MonthlyIncome = null, HousingCondition? HousingCondition = null, bool? HasFamilySupport = null);

/// <summary>Community staff register households and keep their files. Each command returns the household's id.</summary>
public sealed class HouseholdCommands(CommandRunner runner)
{
    /// <summary>A household's monthly income above this is a typing mistake, not a household in difficulty.</summary>
    public const decimal MaxMonthlyIncome = 1_000_000m;

    public Task<Guid> RegisterAsync(Viewer viewer, HouseholdInput input, string? idempotencyKey, CancellationToken cancellationToken) =>
        runner.RunAsync(viewer, "registerHousehold", idempotencyKey, async c =>
        {
            var (idNumber, labels) = await ValidateAsync(c, input, kept: [], membersOnFile: 0, cancellationToken);
            var household = new Household
            {
                Id = Guid.CreateVersion7(c.Now),
                CommunityCode = input.CommunityCode,
                Location = new GeoCircle(input.Latitude, input.Longitude, 1).Centre,
                RegisteredAt = c.Now,
                Personal = new HouseholdPersonalData { HeadName = "", Address = "" },
            };
            Apply(household, household.Personal, input, idNumber, labels);
            c.Db.Households.Add(household);
            await c.Db.SaveChangesAsync(cancellationToken);
            await IdNumberRegistry.SyncAsync(c, household.Id, cancellationToken);
            await c.AnnounceAsync(new HouseholdFileChanged(household.Id, "registerHousehold"), cancellationToken);
            return household.Id;
        }, cancellationToken);

    public Task<Guid> UpdateAsync(Viewer viewer, Guid householdId, HouseholdInput input, string? idempotencyKey, CancellationToken cancellationToken) =>
        runner.RunAsync(viewer, "updateHousehold", idempotencyKey, async c =>
        {
            var household = await c.Db.Households.Include(h => h.Personal).SingleOrDefaultAsync(h => h.Id == householdId, cancellationToken)
                ?? throw new NotFoundException("Household", householdId.ToString());
            Permissions.EnsureKeepsFilesOf(c.Viewer, household.CommunityCode);
            var members = await c.Db.HouseholdMembers.Where(m => m.HouseholdId == householdId && m.RemovedAt == null).ToListAsync(cancellationToken);
            var (idNumber, labels) = await ValidateAsync(c, input, household.Labels, members.Count, cancellationToken);
            var personal = household.Personal ?? throw new InvalidOperationException("A household without its file.");
            CarryToHeadMember(members, personal, input.HeadName.Trim(), idNumber);
            Apply(household, personal, input, idNumber, labels);
            if (members.Count > 0) household.MemberCount = members.Count;
            // Its open needs move with it (Needs reacts): they are found where the household lives.
            await c.AnnounceAsync(new HouseholdMoved(household), cancellationToken);
            await c.Db.SaveChangesAsync(cancellationToken);
            await IdNumberRegistry.SyncAsync(c, household.Id, cancellationToken);
            await c.AnnounceAsync(new HouseholdFileChanged(household.Id, "updateHousehold"), cancellationToken);
            return household.Id;
        }, cancellationToken);

    /// <summary>The head listed among the members is the person the file names: a corrected name or ID number goes there too.</summary>
    private static void CarryToHeadMember(List<HouseholdMember> members, HouseholdPersonalData personal, string headName, string? idNumber)
    {
        if (members.FirstOrDefault(m => m.Relation == MemberRelation.Head) is not { } head) return;
        if (head.Name == personal.HeadName) head.Name = headName;
        if (idNumber is not null && idNumber != personal.IdNumber && head.IdNumber == personal.IdNumber)
        {
            head.IdNumber = idNumber;
            head.BirthDate = ResidentId.BirthDateOf(idNumber);
            head.Sex = ResidentId.SexOf(idNumber);
        }
    }

    private static void Apply(Household household, HouseholdPersonalData personal, HouseholdInput input, string? idNumber, List<string> labels)
    {
        household.CommunityCode = input.CommunityCode;
        household.Location = new GeoCircle(input.Latitude, input.Longitude, 1).Centre;
        if (input.MemberCount is { } count) household.MemberCount = count;
        household.AssistanceStatus = input.AssistanceStatuses.Aggregate(AssistanceStatus.None, (all, s) => all | s);
        household.RiskLevel = input.RiskLevel;
        household.Labels = labels;
        household.MonthlyIncome = input.MonthlyIncome;
        household.HousingCondition = input.HousingCondition;
        household.HasFamilySupport = input.HasFamilySupport;
        personal.HeadName = input.HeadName.Trim();
        personal.Phone = input.Phone?.Trim();
        personal.IdNumber = idNumber;
        personal.Address = input.Address.Trim();
    }

    /// <summary>Checks the input; returns the head's ID number as it is kept (or none) and the labels' codes.</summary>
    private static async Task<(string? IdNumber, List<string> Labels)> ValidateAsync(
        CommandContext c, HouseholdInput input, IReadOnlyCollection<string> kept, int membersOnFile, CancellationToken cancellationToken)
    {
        var community = await c.Db.Regions.AsNoTracking().SingleOrDefaultAsync(r => r.Code == input.CommunityCode, cancellationToken)
            ?? throw new NotFoundException("Region", input.CommunityCode);
        if (community.Level != RegionLevel.Community) throw new ValidationException("A household belongs to a community (社区/村), not to a district or sub-district.", "communityCode");
        Permissions.EnsureKeepsFilesOf(c.Viewer, community.Code);
        if (membersOnFile > 0 && input.MemberCount is { } given && given != membersOnFile)
        {
            throw new ValidationException($"This household has {membersOnFile} members on file and its member count follows them; add or remove members instead (or leave memberCount out).", "memberCount");
        }
        if (membersOnFile == 0 && input.MemberCount is not (>= 1 and <= 50))
        {
            throw new ValidationException($"A household has 1 to 50 members; got {input.MemberCount?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}.", "memberCount");
        }
        Validation.Required(input.HeadName, "headName", "Give the head of household's name.", maxLength: 100);
        Validation.Required(input.Address, "address", "Give the household's address.", maxLength: 300);
        if (input.Phone is { Length: > 32 }) throw new ValidationException("A phone number has at most 32 characters.", "phone");
        if (input.MonthlyIncome is < 0 or > MaxMonthlyIncome)
        {
            throw new ValidationException($"A household's monthly income is 0 to {MaxMonthlyIncome:0} yuan; got {input.MonthlyIncome}.", "monthlyIncome");
        }
        var idNumber = string.IsNullOrWhiteSpace(input.IdNumber) ? null : ResidentId.Validated(input.IdNumber, "idNumber", ReportingCalendar.DayOf(c.Now));
        var labels = await LabelChoice.EnsureOfferedAsync(c, input.Labels, LabelScope.Household, kept, "labels", cancellationToken);
        return (idNumber, labels);
    }
}
