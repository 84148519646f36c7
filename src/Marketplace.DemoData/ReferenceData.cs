using Marketplace.Core.Categories;
using Marketplace.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.DemoData;

/// <summary>Reference data every deployment needs, demo or not.</summary>
public static class ReferenceData
{
    /// <summary>
    /// Inserts the categories of the shipped taxonomy that are missing. Existing rows are left as
    /// they are: admins may have renamed or re-sorted them, and that is theirs to keep.
    /// </summary>
    public static async Task EnsureCategoriesAsync(MarketplaceDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var existing = await db.NeedCategories.AsNoTracking().Select(c => c.Code).ToListAsync(cancellationToken);
        var missing = Categories.All
            .Where(spec => !existing.Contains(spec.Code, StringComparer.Ordinal))
            .Select(Categories.ToEntity)
            .ToList();
        if (missing.Count == 0)
        {
            return;
        }
        db.NeedCategories.AddRange(missing);
        await db.SaveChangesAsync(cancellationToken);
    }
}
