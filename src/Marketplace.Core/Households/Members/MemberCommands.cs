using Marketplace.Core.Audit;
using Marketplace.Core.Labels;

namespace Marketplace.Core.Households.Members;

/// <summary>A person of a household as the community records them; labels are codes of the vocabulary that apply to persons.</summary>
public sealed record MemberInput(
    string Name, MemberRelation Relation, Sex Sex, DateOnly? BirthDate, string? IdNumber,
    DisabilityType? DisabilityType, short? DisabilityGrade, string? ChronicIllness, EmploymentStatus? EmploymentStatus,
    SchoolStage? SchoolStage, bool InFinalYear, bool LivesAlone, IReadOnlyList<string> Labels);

/// <summary>
/// Those who keep a household's file add, correct and remove its members. Each command returns
/// the household's id; once members are on file, the household's member count is the number of
/// active ones. A removed member is kept, marked removed with why; their ID number is freed.
/// Every change is audited (which member, which fields; never the values, which are personal) and
/// announced as <see cref="HouseholdFileChanged"/>.
/// </summary>
public sealed class MemberCommands(CommandRunner runner)
{
    public Task<Guid> AddAsync(Viewer viewer, Guid householdId, MemberInput input, string? idempotencyKey, CancellationToken cancellationToken) =>
        runner.RunAsync(viewer, "addHouseholdMember", idempotencyKey, async c =>
        {
            var household = await c.LockAsync<Household>(householdId, "Household");
            Permissions.EnsureKeepsFilesOf(c.Viewer, household.CommunityCode);
            EnsureOpen(household);
            var member = new HouseholdMember { Id = Guid.CreateVersion7(c.Now), HouseholdId = householdId, Name = "", AddedAt = c.Now };
            await ApplyAsync(c, member, input, cancellationToken);
            c.Db.HouseholdMembers.Add(member);
            c.Audit("householdMember.added", nameof(HouseholdMember), member.Id, null, new { householdId });
            return await AfterAsync(c, household, "addHouseholdMember", cancellationToken);
        }, cancellationToken);

    public Task<Guid> UpdateAsync(Viewer viewer, Guid memberId, MemberInput input, string? idempotencyKey, CancellationToken cancellationToken) =>
        runner.RunAsync(viewer, "updateHouseholdMember", idempotencyKey, async c =>
        {
            var (household, member) = await MemberAsync(c, memberId, cancellationToken);
            if (member.RemovedAt is not null) throw new InvalidTransitionException("This member was removed from the household; add them again instead.");
            var before = Fields(member);
            await ApplyAsync(c, member, input, cancellationToken);
            var after = Fields(member);
            var changed = before.Where(f => !Equals(f.Value, after[f.Key])).Select(f => f.Key).ToList();
            c.Audit("householdMember.updated", nameof(HouseholdMember), member.Id, null, new { householdId = household.Id, changed });
            return await AfterAsync(c, household, "updateHouseholdMember", cancellationToken);
        }, cancellationToken);

    public Task<Guid> RemoveAsync(Viewer viewer, Guid memberId, string reason, string? idempotencyKey, CancellationToken cancellationToken) =>
        runner.RunAsync(viewer, "removeHouseholdMember", idempotencyKey, async c =>
        {
            var (household, member) = await MemberAsync(c, memberId, cancellationToken);
            if (member.RemovedAt is not null) throw new InvalidTransitionException("This member was removed from the household already.");
            member.RemovalReason = Validation.Required(reason, "reason", "Say why the member leaves the household (moved, deceased, married out …).", maxLength: 500);
            member.RemovedAt = c.Now;
            if (!await c.Db.HouseholdMembers.AnyAsync(m => m.HouseholdId == household.Id && m.RemovedAt == null && m.Id != member.Id, cancellationToken))
            {
                throw new ValidationException("This is the household's last member on file; a household has at least one.", "memberId");
            }
            c.Audit("householdMember.removed", nameof(HouseholdMember), member.Id, new { RemovedAt = (DateTimeOffset?)null }, new { householdId = household.Id, member.RemovedAt });
            return await AfterAsync(c, household, "removeHouseholdMember", cancellationToken);
        }, cancellationToken);

    private static async Task<(Household Household, HouseholdMember Member)> MemberAsync(CommandContext c, Guid memberId, CancellationToken cancellationToken)
    {
        var householdId = await c.Db.HouseholdMembers.AsNoTracking().Where(m => m.Id == memberId).Select(m => (Guid?)m.HouseholdId).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Household member", memberId.ToString());
        // The household first, locked, as adding does: its members change one command at a time.
        var household = await c.LockAsync<Household>(householdId, "Household");
        Permissions.EnsureKeepsFilesOf(c.Viewer, household.CommunityCode);
        EnsureOpen(household);
        var member = await c.Db.HouseholdMembers.SingleAsync(m => m.Id == memberId, cancellationToken);
        return (household, member);
    }

    private static void EnsureOpen(Household household)
    {
        if (household.MergedIntoId is { } kept) throw new InvalidTransitionException($"This file was merged into household {kept}; keep that one.");
    }

    /// <summary>Saves, recounts the members, keeps the registry of ID numbers in step and tells who reacts.</summary>
    private static async Task<Guid> AfterAsync(CommandContext c, Household household, string cause, CancellationToken cancellationToken)
    {
        await c.Db.SaveChangesAsync(cancellationToken);
        household.MemberCount = await c.Db.HouseholdMembers.CountAsync(m => m.HouseholdId == household.Id && m.RemovedAt == null, cancellationToken);
        await c.Db.SaveChangesAsync(cancellationToken);
        await IdNumberRegistry.SyncAsync(c, household.Id, cancellationToken);
        await c.AnnounceAsync(new HouseholdFileChanged(household.Id, cause), cancellationToken);
        return household.Id;
    }

    private static async Task ApplyAsync(CommandContext c, HouseholdMember member, MemberInput input, CancellationToken cancellationToken)
    {
        var today = ReportingCalendar.DayOf(c.Now);
        var name = Validation.Required(input.Name, "name", "Give the member's name.", maxLength: 100);
        var idNumber = string.IsNullOrWhiteSpace(input.IdNumber) ? null : ResidentId.Validated(input.IdNumber, "idNumber", today);
        var birthDate = input.BirthDate;
        if (idNumber is not null)
        {
            var carried = ResidentId.BirthDateOf(idNumber);
            if (birthDate is { } given && given != carried)
            {
                throw new ValidationException($"The birth date {given:yyyy-MM-dd} does not agree with the ID number, which says {carried:yyyy-MM-dd}; correct one of them.", "birthDate");
            }
            if (ResidentId.SexOf(idNumber) != input.Sex)
            {
                throw new ValidationException($"The ID number is a {(ResidentId.SexOf(idNumber) == Sex.Male ? "man's" : "woman's")} (its 17th digit); correct the sex or the number.", "sex");
            }
            birthDate = carried;
        }
        if (birthDate is { } born && (born > today || born < ResidentId.EarliestBirthDate))
        {
            throw new ValidationException($"A birth date of {born:yyyy-MM-dd} cannot be right.", "birthDate");
        }
        if (input.DisabilityGrade is { } grade && grade is < 1 or > 4)
        {
            throw new ValidationException($"A disability grade is 1 (most severe) to 4, as on the certificate (残疾证); got {grade}.", "disabilityGrade");
        }
        if ((input.DisabilityType is null) != (input.DisabilityGrade is null))
        {
            throw new ValidationException("A disability is recorded with both its type and its grade, as on the certificate (残疾证).", input.DisabilityType is null ? "disabilityType" : "disabilityGrade");
        }
        var illness = string.IsNullOrWhiteSpace(input.ChronicIllness) ? null : Validation.Required(input.ChronicIllness, "chronicIllness", "", maxLength: 200);
        if (input.InFinalYear && input.SchoolStage is null)
        {
            throw new ValidationException("In the final year of what? Give the school stage too.", "inFinalYear");
        }
        if (input.Relation == MemberRelation.Head
            && await c.Db.HouseholdMembers.AnyAsync(m => m.HouseholdId == member.HouseholdId && m.RemovedAt == null && m.Relation == MemberRelation.Head && m.Id != member.Id, cancellationToken))
        {
            throw new ValidationException("The household has its head on file already; a household has one head.", "relation");
        }
        var labels = await LabelChoice.EnsureOfferedAsync(c, input.Labels, LabelScope.Person, member.Labels, "labels", cancellationToken);

        (member.Name, member.Relation, member.Sex, member.BirthDate, member.IdNumber) = (name, input.Relation, input.Sex, birthDate, idNumber);
        (member.DisabilityType, member.DisabilityGrade, member.ChronicIllness) = (input.DisabilityType, input.DisabilityGrade, illness);
        (member.EmploymentStatus, member.SchoolStage, member.InFinalYear, member.LivesAlone) = (input.EmploymentStatus, input.SchoolStage, input.InFinalYear, input.LivesAlone);
        member.Labels = labels;
    }

    /// <summary>The member's recorded fields by name, to say which a correction changed.</summary>
    private static Dictionary<string, object?> Fields(HouseholdMember m) => new()
    {
        ["name"] = m.Name, ["relation"] = m.Relation, ["sex"] = m.Sex, ["birthDate"] = m.BirthDate, ["idNumber"] = m.IdNumber,
        ["disabilityType"] = m.DisabilityType, ["disabilityGrade"] = m.DisabilityGrade, ["chronicIllness"] = m.ChronicIllness,
        ["employmentStatus"] = m.EmploymentStatus, ["schoolStage"] = m.SchoolStage, ["inFinalYear"] = m.InFinalYear,
        ["livesAlone"] = m.LivesAlone, ["labels"] = string.Join(",", m.Labels),
    };
}
