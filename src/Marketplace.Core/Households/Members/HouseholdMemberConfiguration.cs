namespace Marketplace.Core.Households.Members;

internal sealed class HouseholdMemberConfiguration : IEntityTypeConfiguration<HouseholdMember>
{
    public void Configure(EntityTypeBuilder<HouseholdMember> member)
    {
        member.HasOne<Household>().WithMany().HasForeignKey(m => m.HouseholdId).OnDelete(DeleteBehavior.Restrict);
        member.HasIndex(m => m.HouseholdId);
        member.Property(m => m.Name).HasMaxLength(100);
        member.Property(m => m.IdNumber).HasMaxLength(18).IsFixedLength();
        member.Property(m => m.ChronicIllness).HasMaxLength(200);
        member.Property(m => m.Labels).HasColumnType("text[]");
        member.HasIndex(m => m.Labels).HasMethod("gin");
        member.Property(m => m.RemovalReason).HasMaxLength(500);
        member.Property(m => m.Version).IsRowVersion();
        member.ToTable(t => t.HasCheckConstraint("ck_household_members_disability_grade", "disability_grade IS NULL OR disability_grade BETWEEN 1 AND 4"));
    }
}

internal sealed class RegisteredIdNumberConfiguration : IEntityTypeConfiguration<RegisteredIdNumber>
{
    public void Configure(EntityTypeBuilder<RegisteredIdNumber> registered)
    {
        registered.HasKey(r => r.IdNumber);
        registered.Property(r => r.IdNumber).HasMaxLength(18).IsFixedLength();
        registered.HasOne<Household>().WithMany().HasForeignKey(r => r.HouseholdId).OnDelete(DeleteBehavior.Restrict);
        registered.HasIndex(r => r.HouseholdId);
    }
}
