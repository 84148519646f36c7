using Marketplace.Api.GraphQL.BatchLoading;
using Marketplace.Core.Data;
using Marketplace.Core.Households;

namespace Marketplace.Api.Households;

/// <summary>Per-request batch loaders for households. Personal data is read only through the privacy guard (Privacy.PersonalDataGuard).</summary>
public sealed class HouseholdLoaders(KeyedReads reads)
{
    private static readonly Key<Household, Guid> ByIdKey = new(h => h.Id);

    public BatchLoader<Guid, Household?> ById { get; } = BatchLoaders.ByKey(reads, ByIdKey);
}
