using Marketplace.Core.Households.Members;

namespace Marketplace.Core.Households.Events;

public sealed record HouseholdEventInput(HouseholdEventKind Kind, Guid? MemberId, DateOnly OccurredOn, string? Note);

/// <summary>Announced, in the recording command's transaction, when something happened to a household (early warnings react).</summary>
public sealed record HouseholdEventRecorded(HouseholdEvent Event, Household Household);

/// <summary>Those who keep a household's file record what happened to it (a hospital stay, a bereavement …).</summary>
public sealed class HouseholdEventCommands(CommandRunner runner)
{
    public Task<Guid> RecordAsync(Viewer viewer, Guid householdId, HouseholdEventInput input, string? idempotencyKey, CancellationToken cancellationToken) =>
        runner.RunAsync(viewer, "recordHouseholdEvent", idempotencyKey, async c =>
        {
            var household = await c.Db.Households.SingleOrDefaultAsync(h => h.Id == householdId, cancellationToken)
                ?? throw new NotFoundException("Household", householdId.ToString());
            Permissions.EnsureKeepsFilesOf(c.Viewer, household.CommunityCode);
            if (household.MergedIntoId is { } kept) throw new InvalidTransitionException($"This file was merged into household {kept}; record it there.");
            if (!Enum.IsDefined(input.Kind)) throw new ValidationException("Give the kind of event.", "kind");
            if (input.OccurredOn > ReportingCalendar.DayOf(c.Now)) throw new ValidationException($"An event is recorded once it happened; {input.OccurredOn:yyyy-MM-dd} is in the future.", "occurredOn");
            if (input.Note is { Length: > Validation.MaxNoteLength }) throw new ValidationException($"A note has at most {Validation.MaxNoteLength} characters.", "note");
            if (input.MemberId is { } memberId
                && !await c.Db.HouseholdMembers.AnyAsync(m => m.Id == memberId && m.HouseholdId == household.Id && m.RemovedAt == null, cancellationToken))
            {
                throw new ValidationException("That person is not a current member of this household.", "memberId");
            }
            var recorded = new HouseholdEvent
            {
                Id = Guid.CreateVersion7(c.Now),
                HouseholdId = household.Id,
                MemberId = input.MemberId,
                Kind = input.Kind,
                OccurredOn = input.OccurredOn,
                Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim(),
                RecordedBy = c.Viewer.Login,
                RecordedAt = c.Now,
            };
            c.Db.HouseholdEvents.Add(recorded);
            await c.Db.SaveChangesAsync(cancellationToken);
            await c.AnnounceAsync(new HouseholdEventRecorded(recorded, household), cancellationToken);
            return recorded.Id;
        }, cancellationToken);
}
