namespace Marketplace.Core.Categories;

/// <summary>The category a new need or resource may take: one that exists and is still offered.</summary>
public static class CategoryChoice
{
    /// <summary>
    /// VALIDATION naming <paramref name="field"/> unless <paramref name="code"/> is a category still
    /// offered; a record keeping the category it has (<paramref name="kept"/>) may keep a retired one.
    /// </summary>
    public static async Task EnsureOfferedAsync(CommandContext c, string code, string field, CancellationToken cancellationToken, string? kept = null)
    {
        var category = await c.Db.NeedCategories.AsNoTracking().Where(cat => cat.Code == code).Select(cat => new { cat.RetiredAt }).SingleOrDefaultAsync(cancellationToken)
            ?? throw new ValidationException($"Unknown category '{code}'; the 'categories' query lists them.", field);
        if (category.RetiredAt is not null && code != kept)
        {
            throw new ValidationException($"Category '{code}' is retired: it is no longer offered for new needs and resources; the 'categories' query lists those that are.", field);
        }
    }
}
