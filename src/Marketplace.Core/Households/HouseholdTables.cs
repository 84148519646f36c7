namespace Marketplace.Core.Households;

/// <summary>This feature's tables on the one context, which names no feature itself.</summary>
public static class HouseholdTables
{
    extension(MarketplaceDbContext db)
    {
        public DbSet<Household> Households => db.Set<Household>();
        public DbSet<PersonalDataRead> PersonalDataReads => db.Set<PersonalDataRead>();
    }
}
