using System.Collections.Concurrent;
using GraphQL.DataLoader;
using Marketplace.Core.Households;
using Marketplace.Core.Households.Members;
using Marketplace.Core.Matching;
using Marketplace.Core.Needs;

namespace Marketplace.Api.Privacy;

/// <summary>
/// The one door to personal data in the schema: asks Core whether the viewer may see a field
/// (<see cref="NeedAccess"/>, <see cref="PersonalDataPolicy"/>, <see cref="DeliveryContacts"/>),
/// refuses with FORBIDDEN otherwise, batches the reads across a page, and notes every read for the
/// log, written before the answer leaves (scoped: one per request or subscription event).
/// </summary>
public sealed class PersonalDataGuard(CurrentViewer current, PersonalDataLog log, HouseholdPersonalViews views, DeliveryContacts deliveries, MemberReads memberReads)
    : IBeforeAnswer
{
    private readonly ConcurrentBag<(Guid HouseholdId, string Field)> _revealed = [];
    private BatchLoader<Guid, HouseholdPersonalView?>? _households;
    private BatchLoader<Guid, DeliveryContact?>? _deliveries;
    private BatchLoader<Guid, IReadOnlyList<HouseholdMember>>? _members;

    /// <summary>A personal field of a need (its private description, its exact point).</summary>
    public T Reveal<T>(Need need, string field, T value)
    {
        if (!NeedAccess.MaySeePersonalData(current.Get(), need)) throw Refused(field);
        _revealed.Add((need.HouseholdId, field));
        return value;
    }

    /// <summary>A personal field of a household, batched across the households of the page.</summary>
    public IDataLoaderResult<T> Reveal<T>(Guid householdId, string field, Func<HouseholdPersonalView, T> read)
    {
        var viewer = current.Get();
        var households = LazyInitializer.EnsureInitialized(ref _households, () => new BatchLoader<Guid, HouseholdPersonalView?>(
            async (ids, ct) => (await views.ForViewerAsync(ids, viewer.Login, ct)).ToDictionary(p => p.Key, p => (HouseholdPersonalView?)p.Value),
            missing: null));
        return households.Load(householdId).Then(view =>
        {
            if (view is null || !PersonalDataPolicy.MaySee(viewer, view.Household.CommunityCode, view.HeldByViewer)) throw Refused(field);
            _revealed.Add((householdId, field));
            return read(view);
        });
    }

    /// <summary>
    /// A household's members (every one, removed ones too): as personal as its identity, so asked of
    /// the same policy and logged as the field "members". Loaded for the page's households in one batch.
    /// </summary>
    public IDataLoaderResult<IReadOnlyList<HouseholdMember>> RevealMembers(Guid householdId)
    {
        var loader = LazyInitializer.EnsureInitialized(ref _members, () => new BatchLoader<Guid, IReadOnlyList<HouseholdMember>>(memberReads.ForHouseholdsAsync, missing: []));
        var members = loader.Load(householdId);
        return Reveal(householdId, "members", _ => members).ThenLoad(pending => pending);
    }

    /// <summary>What delivery requires, for the organisation delivering (<see cref="DeliveryContacts.MaySee"/>).</summary>
    public IDataLoaderResult<DeliveryContact> RevealDelivery(Guid matchId)
    {
        var viewer = current.Get();
        var contacts = LazyInitializer.EnsureInitialized(ref _deliveries, () => new BatchLoader<Guid, DeliveryContact?>(
            async (ids, ct) => (await deliveries.ForMatchesAsync(ids, ct)).ToDictionary(p => p.Key, p => (DeliveryContact?)p.Value),
            missing: null));
        return contacts.Load(matchId).Then(contact =>
        {
            if (contact is null || !DeliveryContacts.MaySee(viewer, contact))
            {
                throw new ForbiddenException("Delivery details are for the organisation that accepted the match, until it is delivered.");
            }
            _revealed.Add((contact.HouseholdId, "delivery"));
            return contact;
        });
    }

    /// <summary>Records reads a query made in bulk (the exact points of a needs map, distances to households' points).</summary>
    public void Record(IEnumerable<Guid> householdIds, string field)
    {
        foreach (var householdId in householdIds) _revealed.Add((householdId, field));
    }

    /// <summary>Writes the reads of this request to the log: if that fails, the answer is withheld.</summary>
    public Task BeforeAnswerAsync(CancellationToken cancellationToken) =>
        _revealed.IsEmpty ? Task.CompletedTask : log.RecordAsync(current.Get().Login, [.. _revealed], cancellationToken);

    private static ForbiddenException Refused(string field) => new(
        $"'{field}' is personal data: only the household's community staff, the social worker holding its need, its sub-district's officers and admins may see it.");
}
