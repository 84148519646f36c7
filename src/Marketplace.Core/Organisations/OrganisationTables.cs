namespace Marketplace.Core.Organisations;

/// <summary>This feature's tables on the one context, which names no feature itself.</summary>
public static class OrganisationTables
{
    extension(MarketplaceDbContext db)
    {
        public DbSet<Organisation> Organisations => db.Set<Organisation>();
    }
}
