namespace Marketplace.Core.Audit;

/// <summary>This feature's tables on the one context, which names no feature itself.</summary>
public static class AuditEntryTables
{
    extension(MarketplaceDbContext db)
    {
        public DbSet<AuditEntry> AuditEntries => db.Set<AuditEntry>();
    }
}
