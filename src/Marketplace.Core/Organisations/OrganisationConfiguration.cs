namespace Marketplace.Core.Organisations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> organisation)
    {
        organisation.Property(o => o.Name).HasMaxLength(200);
        organisation.Property(o => o.RegionCode).HasMaxLength(12).IsFixedLength();
        organisation.HasOne(o => o.Region).WithMany().HasForeignKey(o => o.RegionCode).OnDelete(DeleteBehavior.Restrict);
        organisation.Property(o => o.Location).HasColumnType("geography (point, 4326)");
        organisation.Property(o => o.Description).HasMaxLength(2000);
        organisation.Property(o => o.ContactPhone).HasMaxLength(32);
        organisation.Property(o => o.Version).IsRowVersion();
        organisation.HasIndex(o => o.Name);
        organisation.Property(o => o.CreditCode).HasMaxLength(18).IsFixedLength();
        organisation.HasIndex(o => o.CreditCode).IsUnique();
        organisation.Property(o => o.SuspensionReason).HasMaxLength(1000);
        organisation.Ignore(o => o.IsSuspended);
    }
}
