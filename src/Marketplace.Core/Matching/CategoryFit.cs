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
        var result = new List<string>();
        for (string? code = needCategory; code is not null && !result.Contains(code); code = parents.GetValueOrDefault(code))
        {
            result.Add(code);
        }
        return result;
    }
}
