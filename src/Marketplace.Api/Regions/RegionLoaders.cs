using Marketplace.Core.Regions;

namespace Marketplace.Api.Regions;

/// <summary>Per-request batch loaders for regions (scoped: one set per request).</summary>
public sealed class RegionLoaders(KeyedReads reads)
{
    private static readonly Key<Region, string> ByParentKey = new(r => r.ParentCode!);

    public BatchLoader<string, IReadOnlyList<Region>> Children { get; } =
        BatchLoaders.ByForeignKey(reads, ByParentKey, rows => rows.OrderBy(r => r.Code));
}
