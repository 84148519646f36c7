using Marketplace.Api.GraphQL.BatchLoading;
using Marketplace.Core.Data;
using Marketplace.Core.Matching;
using Marketplace.Core.Resources;

namespace Marketplace.Api.Resources;

public sealed class ResourceLoaders(KeyedReads reads)
{
    private static readonly Key<Resource, Guid> ByIdKey = new(r => r.Id);
    private static readonly Key<Match, Guid> MatchByResourceKey = new(m => m.ResourceId!.Value);

    public BatchLoader<Guid, Resource?> ById { get; } = BatchLoaders.ByKey(reads, ByIdKey);

    public BatchLoader<Guid, IReadOnlyList<Match>> Matches { get; } =
        BatchLoaders.ByForeignKey(reads, MatchByResourceKey, rows => rows.OrderByDescending(m => m.ProposedAt).ThenBy(m => m.Id));
}
