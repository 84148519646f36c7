namespace Marketplace.Core.Accounts;

/// <summary>This feature's tables on the one context, which names no feature itself.</summary>
public static class UserAccountTables
{
    extension(MarketplaceDbContext db)
    {
        public DbSet<UserAccount> UserAccounts => db.Set<UserAccount>();
    }
}
