namespace Marketplace.Core.Households;

internal sealed class PersonalDataReadConfiguration : IEntityTypeConfiguration<PersonalDataRead>
{
    public void Configure(EntityTypeBuilder<PersonalDataRead> read)
    {
        read.Property(r => r.Id).UseIdentityAlwaysColumn();
        read.Property(r => r.Reader).HasMaxLength(100);
        read.Property(r => r.Field).HasMaxLength(60);
        read.HasOne<Household>().WithMany().HasForeignKey(r => r.HouseholdId).OnDelete(DeleteBehavior.Restrict);
        read.HasIndex(r => new { r.HouseholdId, r.At });
        read.HasIndex(r => r.At);
    }
}
