using Marketplace.Core.Organisations;

namespace Marketplace.Core.Onboarding;

internal sealed class OrganisationApplicationConfiguration : IEntityTypeConfiguration<OrganisationApplication>
{
    public void Configure(EntityTypeBuilder<OrganisationApplication> application)
    {
        application.Property(a => a.Reference).HasMaxLength(16);
        application.HasIndex(a => a.Reference).IsUnique();
        application.Property(a => a.Name).HasMaxLength(200);
        application.Property(a => a.CreditCode).HasMaxLength(18).IsFixedLength();
        // One pending application per code; decided ones stay as the record of what was decided.
        application.HasIndex(a => a.CreditCode).IsUnique().HasFilter("status = 'Pending'").HasDatabaseName("ix_organisation_applications_pending_credit_code");
        application.Property(a => a.RegionCode).HasMaxLength(12).IsFixedLength();
        application.HasOne<Region>().WithMany().HasForeignKey(a => a.RegionCode).OnDelete(DeleteBehavior.Restrict);
        application.HasIndex(a => new { a.RegionCode, a.Status });
        application.Property(a => a.Location).HasColumnType("geography (point, 4326)");
        application.Property(a => a.Address).HasMaxLength(300);
        application.Property(a => a.ContactName).HasMaxLength(100);
        application.Property(a => a.ContactPhone).HasMaxLength(32);
        application.Property(a => a.CategoryCodes).HasColumnType("text[]");
        application.Property(a => a.Description).HasMaxLength(2000);
        application.Property(a => a.DecidedBy).HasMaxLength(100);
        application.Property(a => a.RejectionReason).HasMaxLength(2000);
        application.Property(a => a.StaffLogin).HasMaxLength(100);
        application.HasOne<Organisation>().WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        application.Property(a => a.Version).IsRowVersion();
    }
}
