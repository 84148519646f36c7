namespace Marketplace.Core.Households.Duplicates;

/// <summary>
/// A pair of files an officer looked at and found to be two households after all: not suggested
/// again. The pair is stored in one order (the smaller id first), so it has one row.
/// </summary>
[Table("duplicate_dismissals")]
public sealed class DuplicateDismissal
{
    public Guid FirstHouseholdId { get; init; }
    public Guid SecondHouseholdId { get; init; }
    public required string Reason { get; init; }
    public required string DismissedBy { get; init; }
    public DateTimeOffset DismissedAt { get; init; }
}

internal sealed class DuplicateDismissalConfiguration : IEntityTypeConfiguration<DuplicateDismissal>
{
    public void Configure(EntityTypeBuilder<DuplicateDismissal> dismissal)
    {
        dismissal.HasKey(d => new { d.FirstHouseholdId, d.SecondHouseholdId });
        dismissal.HasOne<Household>().WithMany().HasForeignKey(d => d.FirstHouseholdId).OnDelete(DeleteBehavior.Restrict);
        dismissal.HasOne<Household>().WithMany().HasForeignKey(d => d.SecondHouseholdId).OnDelete(DeleteBehavior.Restrict);
        dismissal.Property(d => d.Reason).HasMaxLength(500);
        dismissal.Property(d => d.DismissedBy).HasMaxLength(100);
        dismissal.ToTable(t => t.HasCheckConstraint("ck_duplicate_dismissals_order", "first_household_id < second_household_id"));
    }
}

/// <summary>This feature's tables on the one context, which names no feature itself.</summary>
public static class DuplicateTables
{
    extension(MarketplaceDbContext db)
    {
        public DbSet<DuplicateDismissal> DuplicateDismissals => db.Set<DuplicateDismissal>();
    }
}
