using Marketplace.Api.GraphQL.BatchLoading;
using Marketplace.Core.Data;
using Marketplace.Core.Resources;

namespace Marketplace.Api.Resources;

public sealed class ResourceLoaders(KeyedReads reads)
{
    private static readonly Key<Resource, Guid> ByIdKey = new(r => r.Id);

    public BatchLoader<Guid, Resource?> ById { get; } = BatchLoaders.ByKey(reads, ByIdKey);

}
