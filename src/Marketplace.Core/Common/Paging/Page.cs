namespace Marketplace.Core.Common.Paging;

/// <summary>
/// One page of a keyset-paged list. The total is computed only when asked for, since counting a
/// city's needs costs more than reading twenty of them.
/// </summary>
public sealed class Page<T>(IReadOnlyList<PageItem<T>> items, bool hasNextPage, bool hasPreviousPage, Func<CancellationToken, Task<int>> countTotal)
{
    public IReadOnlyList<PageItem<T>> Items { get; } = items;
    public bool HasNextPage { get; } = hasNextPage;
    public bool HasPreviousPage { get; } = hasPreviousPage;

    public Task<int> CountTotalAsync(CancellationToken cancellationToken) => countTotal(cancellationToken);
}

public sealed record PageItem<T>(T Node, string Cursor);
