namespace Marketplace.Core.Categories;

/// <summary>The need taxonomy as a tree: asking for a category means asking for its sub-categories too.</summary>
public sealed class CategoryTaxonomy(IDbContextFactory<MarketplaceDbContext> dbFactory, TimeProvider clock)
{
    // The taxonomy changes a few times a year and is read by every filter and suggestion: kept
    // for a minute, so a new category shows within a minute without a round trip per request.
    private static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(1);
    // A reference, swapped whole, so that readers on other threads never see half of an update.
    private Snapshot? _cached;

    public async Task<IReadOnlyList<NeedCategory>> AllAsync(CancellationToken cancellationToken)
    {
        if (_cached is { } cached && clock.GetUtcNow() - cached.LoadedAt < KeptFor) return cached.Categories;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var loaded = await db.NeedCategories.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Code).ToListAsync(cancellationToken);
        _cached = new Snapshot(loaded, clock.GetUtcNow());
        return loaded;
    }

    /// <summary>
    /// <see cref="ServingAsync"/> in SQL, for a statement that walks the taxonomy itself within its
    /// one round trip (a need's suggestions): a CTE <c>serving(code, parent_code)</c> of the
    /// category of the CTE <c>need</c> (its <c>category_code</c>) and every category above it.
    /// UNION, not UNION ALL, so that a cycle ends the walk rather than loops, as it does below.
    /// One rule in two forms, side by side; a test holds them alike for every category.
    /// </summary>
    internal const string ServingCte = """
        serving(code, parent_code) AS (
            SELECT c.code, c.parent_code FROM need n JOIN need_categories c ON c.code = n.category_code
            UNION
            SELECT c.code, c.parent_code FROM serving s JOIN need_categories c ON c.code = s.parent_code
        )
        """;

    /// <summary>The category and its ancestors: the categories a resource may have to serve a need of it.</summary>
    public async Task<IReadOnlyList<string>> ServingAsync(string needCategory, CancellationToken cancellationToken)
    {
        var parents = (await AllAsync(cancellationToken)).ToDictionary(c => c.Code, c => c.ParentCode);
        var result = new List<string>();
        for (string? code = needCategory; code is not null && !result.Contains(code); code = parents.GetValueOrDefault(code))
        {
            result.Add(code);
        }
        return result;
    }

    /// <summary>The given codes and every code below them; unknown codes are refused, not ignored.</summary>
    public async Task<IReadOnlyList<string>> WithDescendantsAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken)
    {
        var all = await AllAsync(cancellationToken);
        var unknown = codes.Except(all.Select(c => c.Code), StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            throw new ValidationException($"Unknown category: {string.Join(", ", unknown)}. The 'categories' query lists them.", "categories");
        }

        var childrenOf = all.Where(c => c.ParentCode is not null).ToLookup(c => c.ParentCode!, c => c.Code, StringComparer.Ordinal);
        var result = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(codes);
        while (pending.TryPop(out var code))
        {
            if (result.Add(code))
            {
                foreach (var child in childrenOf[code]) pending.Push(child);
            }
        }
        return [.. result];
    }

    private sealed record Snapshot(IReadOnlyList<NeedCategory> Categories, DateTimeOffset LoadedAt);
}
