using Marketplace.Core.Common;
using Marketplace.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Core.Needs;

/// <summary>The need taxonomy as a tree: asking for a category means asking for its sub-categories too.</summary>
public sealed class CategoryTaxonomy(IDbContextFactory<MarketplaceDbContext> dbFactory)
{
    public async Task<IReadOnlyList<NeedCategory>> AllAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.NeedCategories.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Code).ToListAsync(cancellationToken);
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
}
