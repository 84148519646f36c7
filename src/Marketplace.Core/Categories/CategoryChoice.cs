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

    /// <summary>The same for several categories at once (what an applicant can offer, say): every unknown or retired one is named.</summary>
    public static async Task EnsureAllOfferedAsync(CommandContext c, IReadOnlyCollection<string> codes, string field, CancellationToken cancellationToken)
    {
        var offered = await c.Db.NeedCategories.AsNoTracking().Where(cat => codes.Contains(cat.Code) && cat.RetiredAt == null).Select(cat => cat.Code).ToListAsync(cancellationToken);
        if (codes.Except(offered, StringComparer.Ordinal).ToList() is [_, ..] refused)
        {
            throw new ValidationException($"Unknown or retired category: {string.Join(", ", refused)}; the 'categories' query lists those offered.", field);
        }
    }
}
