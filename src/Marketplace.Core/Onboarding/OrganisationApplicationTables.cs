namespace Marketplace.Core.Onboarding;

/// <summary>This feature's tables on the one context, which names no feature itself.</summary>
public static class OrganisationApplicationTables
{
    extension(MarketplaceDbContext db)
    {
        public DbSet<OrganisationApplication> OrganisationApplications => db.Set<OrganisationApplication>();
    }
}
