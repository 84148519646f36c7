namespace Marketplace.Core.Projects;

/// <summary>This feature's tables on the one context, which names no feature itself.</summary>
public static class CharityProjectTables
{
    extension(MarketplaceDbContext db)
    {
        public DbSet<CharityProject> CharityProjects => db.Set<CharityProject>();
    }
}
