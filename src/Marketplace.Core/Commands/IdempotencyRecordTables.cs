namespace Marketplace.Core.Commands;

/// <summary>This feature's tables on the one context, which names no feature itself.</summary>
public static class IdempotencyRecordTables
{
    extension(MarketplaceDbContext db)
    {
        public DbSet<IdempotencyRecord> IdempotencyRecords => db.Set<IdempotencyRecord>();
    }
}
