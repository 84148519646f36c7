namespace Marketplace.Core.Matching;

/// <summary>This feature's tables on the one context, which names no feature itself.</summary>
public static class MatchTables
{
    extension(MarketplaceDbContext db)
    {
        public DbSet<Match> Matches => db.Set<Match>();
    }
}
