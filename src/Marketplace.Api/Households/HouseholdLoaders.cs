using Marketplace.Api.GraphQL.BatchLoading;
using Marketplace.Core.Data;
using Marketplace.Core.Households;

namespace Marketplace.Api.Households;

/// <summary>Per-request batch loaders for households. Personal data has a loader of its own: it is never read along the way.</summary>
public sealed class HouseholdLoaders(KeyedReads reads)
{
    private static readonly Key<Household, Guid> ByIdKey = new(h => h.Id);
    private static readonly Key<HouseholdPersonalData, Guid> PersonalKey = new(p => p.HouseholdId);

    public BatchLoader<Guid, Household?> ById { get; } = BatchLoaders.ByKey(reads, ByIdKey);

    public BatchLoader<Guid, HouseholdPersonalData?> PersonalData { get; } = BatchLoaders.ByKey(reads, PersonalKey);
}
