namespace Marketplace.Core.Needs;

/// <summary>This feature's tables on the one context, which names no feature itself.</summary>
public static class NeedTables
{
    extension(MarketplaceDbContext db)
    {
        public DbSet<Need> Needs => db.Set<Need>();
        public DbSet<NeedEvent> NeedEvents => db.Set<NeedEvent>();
    }
}
