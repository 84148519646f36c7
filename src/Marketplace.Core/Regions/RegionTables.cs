namespace Marketplace.Core.Regions;

/// <summary>This feature's tables on the one context, which names no feature itself.</summary>
public static class RegionTables
{
    extension(MarketplaceDbContext db)
    {
        public DbSet<Region> Regions => db.Set<Region>();
    }
}
