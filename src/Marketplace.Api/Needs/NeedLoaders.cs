using Marketplace.Core.Needs;

namespace Marketplace.Api.Needs;

/// <summary>Per-request batch loaders for needs and what hangs off them (scoped: one set per request).</summary>
public sealed class NeedLoaders(KeyedReads reads)
{
    private static readonly Key<Need, Guid> ByHouseholdKey = new(n => n.HouseholdId);
    private static readonly Key<NeedEvent, Guid> EventByNeedKey = new(e => e.NeedId);

    public BatchLoader<Guid, IReadOnlyList<Need>> ByHousehold { get; } =
        BatchLoaders.ByForeignKey(reads, ByHouseholdKey, rows => rows.OrderByDescending(n => n.ReportedAt).ThenBy(n => n.Id));

    public BatchLoader<Guid, IReadOnlyList<NeedEvent>> Timeline { get; } =
        BatchLoaders.ByForeignKey(reads, EventByNeedKey, rows => rows.OrderBy(e => e.At).ThenBy(e => e.Id));
}
