using Marketplace.Core.Matching;

namespace Marketplace.Api.Matching;

/// <summary>Per-request batch loaders for the matches of a need or of a resource (scoped: one set per request).</summary>
public sealed class MatchLoaders(KeyedReads reads)
{
    private static readonly Key<Match, Guid> ByNeedKey = new(m => m.NeedId);
    private static readonly Key<Match, Guid> ByResourceKey = new(m => m.ResourceId!.Value);

    public BatchLoader<Guid, IReadOnlyList<Match>> ByNeed { get; } =
        BatchLoaders.ByForeignKey(reads, ByNeedKey, rows => rows.OrderBy(m => m.ProposedAt).ThenBy(m => m.Id));

    public BatchLoader<Guid, IReadOnlyList<Match>> ByResource { get; } =
        BatchLoaders.ByForeignKey(reads, ByResourceKey, rows => rows.OrderByDescending(m => m.ProposedAt).ThenBy(m => m.Id));
}
