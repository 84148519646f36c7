using System.Collections.Concurrent;
using GraphQL.DataLoader;
using Marketplace.Api.GraphQL.BatchLoading;
using Marketplace.Core.Common;
using Marketplace.Core.Identity;
using Marketplace.Core.Needs;

namespace Marketplace.Api.Identity;

/// <summary>
/// The one door to personal data in the schema: decides with <see cref="PersonalDataPolicy"/>
/// whether the viewer may see a field, refuses with FORBIDDEN otherwise, and notes every read
/// for the log that the endpoint writes before the response leaves (scoped: one per request).
/// </summary>
public sealed class PersonalDataGuard(CurrentViewer current, PersonalDataReads reads)
{
    private readonly ConcurrentBag<(Guid HouseholdId, string Field)> _revealed = [];
    private BatchLoader<Guid, HouseholdPersonalView?>? _households;
    private BatchLoader<Guid, DeliveryContact?>? _deliveries;

    /// <summary>A personal field of a need (its private description, its exact point).</summary>
    public T Reveal<T>(Need need, string field, T value)
    {
        var viewer = current.Get();
        var holds = need.ClaimedBy == viewer.Login && need.Status.IsOpen();
        if (!PersonalDataPolicy.MaySee(viewer, need.RegionCode, holds)) throw Refused(field);
        _revealed.Add((need.HouseholdId, field));
        return value;
    }

    /// <summary>A personal field of a household, batched across the households of the page.</summary>
    public IDataLoaderResult<T> Reveal<T>(Guid householdId, string field, Func<HouseholdPersonalView, T> read)
    {
        var viewer = current.Get();
        var households = LazyInitializer.EnsureInitialized(ref _households, () => new BatchLoader<Guid, HouseholdPersonalView?>(
            async (ids, ct) => (await reads.ForViewerAsync(ids, viewer.Login, ct)).ToDictionary(p => p.Key, p => (HouseholdPersonalView?)p.Value),
            missing: null));
        return households.Load(householdId).Then(view =>
        {
            if (view is null || !PersonalDataPolicy.MaySee(viewer, view.Household.CommunityCode, view.HeldByViewer)) throw Refused(field);
            _revealed.Add((householdId, field));
            return read(view);
        });
    }

    /// <summary>
    /// What delivery requires, for the organisation that accepted the match, while it is accepted:
    /// once delivered (or before acceptance) the household is none of its business.
    /// </summary>
    public IDataLoaderResult<DeliveryContact> RevealDelivery(Guid matchId)
    {
        var viewer = current.Get();
        var deliveries = LazyInitializer.EnsureInitialized(ref _deliveries, () => new BatchLoader<Guid, DeliveryContact?>(
            async (ids, ct) => (await reads.DeliveryContactsAsync(ids, ct)).ToDictionary(p => p.Key, p => (DeliveryContact?)p.Value),
            missing: null));
        return deliveries.Load(matchId).Then(contact =>
        {
            var delivering = contact is { Status: Core.Matching.MatchStatus.Accepted }
                && (viewer.IsAdmin || (viewer.Role.IsOrganisationScoped() && viewer.OrganisationId == contact.OrganisationId));
            if (!delivering) throw new ForbiddenException("Delivery details are for the organisation that accepted the match, until it is delivered.");
            _revealed.Add((contact!.HouseholdId, "delivery"));
            return contact;
        });
    }

    /// <summary>
    /// Records that these needs were measured against their households' exact points (a "near"
    /// search with exact distances): as telling as reading the point itself.
    /// </summary>
    public void RecordDistances(IEnumerable<Need> needs) => Record(needs.Select(n => n.HouseholdId), "distance");

    /// <summary>Records reads a query made in bulk (the exact points of a needs map, say).</summary>
    public void Record(IEnumerable<Guid> householdIds, string field)
    {
        foreach (var householdId in householdIds) _revealed.Add((householdId, field));
    }

    /// <summary>Writes the reads of this request to the log.</summary>
    public Task FlushAsync(CancellationToken cancellationToken) =>
        _revealed.IsEmpty ? Task.CompletedTask : reads.RecordAsync(current.Get().Login, [.. _revealed], cancellationToken);

    private static ForbiddenException Refused(string field) => new(
        $"'{field}' is personal data: only the household's community staff, the social worker holding its need, its sub-district's officers and admins may see it.");
}
