using Marketplace.Api.GraphQL.BatchLoading;
using Marketplace.Core.Data;
using Marketplace.Core.Organisations;

namespace Marketplace.Api.Organisations;

public sealed class OrganisationLoaders(KeyedReads reads)
{
    private static readonly Key<Organisation, Guid> ByIdKey = new(o => o.Id);

    public BatchLoader<Guid, Organisation?> ById { get; } = BatchLoaders.ByKey(reads, ByIdKey);
}
