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

public static class Page
{
    /// <summary>
    /// The page of <paramref name="rows"/>, read with one row more than <see cref="PageRequest.First"/>
    /// so that the extra row says whether a next page exists; each item with its cursor.
    /// </summary>
    public static Page<T> Of<T>(IReadOnlyList<T> rows, PageRequest page, Func<T, string> cursorOf, Func<CancellationToken, Task<int>> countTotal) =>
        new([.. rows.Take(page.First).Select(row => new PageItem<T>(row, cursorOf(row)))], rows.Count > page.First, page.After is not null, countTotal);
}

public sealed record PageItem<T>(T Node, string Cursor);
