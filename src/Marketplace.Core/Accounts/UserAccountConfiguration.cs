namespace Marketplace.Core.Accounts;

internal sealed class UserAccountConfiguration : IEntityTypeConfiguration<UserAccount>
{
    public void Configure(EntityTypeBuilder<UserAccount> user)
    {
        user.ToTable("user_accounts", t => t.HasCheckConstraint("ck_user_accounts_scope",
            "(role IN ('Donor', 'SocialOrg') AND organisation_id IS NOT NULL AND region_code IS NULL)"
            + " OR (role IN ('CommunityStaff', 'SocialWorker', 'SubDistrictOfficer') AND region_code IS NOT NULL AND organisation_id IS NULL)"
            + " OR (role = 'Admin')"));
        user.HasKey(u => u.Login);
        user.Property(u => u.Login).HasMaxLength(100);
        user.Property(u => u.ExternalId).HasMaxLength(100);
        user.HasIndex(u => u.ExternalId).IsUnique();
        user.Property(u => u.Email).HasMaxLength(254);
        user.HasIndex(u => u.Email).IsUnique();
        user.Property(u => u.DisplayName).HasMaxLength(100);
        user.Property(u => u.RegionCode).HasMaxLength(12).IsFixedLength();
        user.HasOne(u => u.Region).WithMany().HasForeignKey(u => u.RegionCode).OnDelete(DeleteBehavior.Restrict);
        user.HasOne(u => u.Organisation).WithMany().HasForeignKey(u => u.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
