namespace Marketplace.Core.Households;

internal sealed class HouseholdConfiguration : IEntityTypeConfiguration<Household>
{
    public void Configure(EntityTypeBuilder<Household> household)
    {
        household.Property(h => h.CommunityCode).HasMaxLength(12).IsFixedLength();
        household.HasOne(h => h.Community).WithMany().HasForeignKey(h => h.CommunityCode).OnDelete(DeleteBehavior.Restrict);
        household.Property(h => h.Location).HasColumnType("geography (point, 4326)");
        household.HasIndex(h => h.Location).HasMethod("gist");
        household.HasIndex(h => h.CommunityCode);
        household.Property(h => h.Labels).HasColumnType("text[]");
        // Flags are stored as their number; a string of comma-separated names would not compose.
        household.Property(h => h.AssistanceStatus).HasConversion<int>();
        // An ordered scale, stored as its number so that it sorts and compares as one.
        household.Property(h => h.RiskLevel).HasConversion<short>();
        household.Property(h => h.ComputedRiskLevel).HasConversion<short>();
        household.Property(h => h.RiskOverrideLevel).HasConversion<short>();
        household.Property(h => h.RiskScore).HasPrecision(8, 2);
        household.Property(h => h.RiskContributions).HasColumnType("jsonb");
        household.Property(h => h.RiskOverrideReason).HasMaxLength(500);
        household.Property(h => h.RiskOverriddenBy).HasMaxLength(100);
        household.Property(h => h.MonthlyIncome).HasPrecision(12, 2);
        household.HasIndex(h => h.Labels).HasMethod("gin");
        household.HasIndex(h => new { h.CommunityCode, h.RiskLevel });
        household.HasOne<Household>().WithMany().HasForeignKey(h => h.MergedIntoId).OnDelete(DeleteBehavior.Restrict);
        household.ToTable(t => t.HasCheckConstraint("ck_households_income", "monthly_income IS NULL OR monthly_income >= 0"));
        household.Property(h => h.Version).IsRowVersion();
        household.HasOne(h => h.Personal).WithOne().HasForeignKey<HouseholdPersonalData>(p => p.HouseholdId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class HouseholdPersonalDataConfiguration : IEntityTypeConfiguration<HouseholdPersonalData>
{
    public void Configure(EntityTypeBuilder<HouseholdPersonalData> personal)
    {
        // A separate table, not an owned type: EF loads owned types with their owner, and identity
        // must only ever be read on purpose.
        personal.HasKey(p => p.HouseholdId);
        personal.Property(p => p.HeadName).HasMaxLength(100);
        personal.Property(p => p.Phone).HasMaxLength(32);
        personal.Property(p => p.IdNumber).HasMaxLength(18);
        personal.Property(p => p.Address).HasMaxLength(300);
        // Suspected duplicates: similar names and addresses (trigram similarity), the same phone.
        personal.HasIndex(p => p.HeadName).HasMethod("gin").HasOperators("gin_trgm_ops").HasDatabaseName("ix_household_personal_data_head_name_trgm");
        personal.HasIndex(p => p.Address).HasMethod("gin").HasOperators("gin_trgm_ops").HasDatabaseName("ix_household_personal_data_address_trgm");
        personal.HasIndex(p => p.Phone);
    }
}
