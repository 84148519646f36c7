namespace Marketplace.Core.Resources;

/// <summary>This feature's tables on the one context, which names no feature itself.</summary>
public static class ResourceTables
{
    extension(MarketplaceDbContext db)
    {
        public DbSet<Resource> Resources => db.Set<Resource>();
    }
}
