using Marketplace.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Core.Matching;

/// <summary>A resource of a category serves needs of that category and of every category below it.</summary>
public static class CategoryFit
{
    /// <summary>The need's category and its ancestors: the categories a resource may have to serve it.</summary>
    public static async Task<IReadOnlyList<string>> ServingCategoriesAsync(MarketplaceDbContext db, string needCategory, CancellationToken cancellationToken)
    {
        var parents = await db.NeedCategories.AsNoTracking().ToDictionaryAsync(c => c.Code, c => c.ParentCode, cancellationToken);
        return Ancestry(needCategory, parents);
    }

    /// <summary>The category and its ancestors, from a map of each category to its parent.</summary>
    public static List<string> Ancestry(string category, IReadOnlyDictionary<string, string?> parents)
    {
        var result = new List<string>();
        for (string? code = category; code is not null && !result.Contains(code); code = parents.GetValueOrDefault(code))
        {
            result.Add(code);
        }
        return result;
    }
}
