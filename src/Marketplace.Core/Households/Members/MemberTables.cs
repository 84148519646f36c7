namespace Marketplace.Core.Households.Members;

/// <summary>This feature's tables on the one context, which names no feature itself.</summary>
public static class MemberTables
{
    extension(MarketplaceDbContext db)
    {
        public DbSet<HouseholdMember> HouseholdMembers => db.Set<HouseholdMember>();
        public DbSet<RegisteredIdNumber> RegisteredIdNumbers => db.Set<RegisteredIdNumber>();
    }
}
