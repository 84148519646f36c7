namespace Marketplace.Core.Categories;

/// <summary>This feature's tables on the one context, which names no feature itself.</summary>
public static class NeedCategoryTables
{
    extension(MarketplaceDbContext db)
    {
        public DbSet<NeedCategory> NeedCategories => db.Set<NeedCategory>();
    }
}
