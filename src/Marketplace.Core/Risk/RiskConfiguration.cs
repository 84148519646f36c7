using Marketplace.Core.Households;

namespace Marketplace.Core.Risk;

internal sealed class RiskModelVersionConfiguration : IEntityTypeConfiguration<RiskModelVersion>
{
    public void Configure(EntityTypeBuilder<RiskModelVersion> model)
    {
        model.HasKey(m => m.Version);
        model.Property(m => m.Version).ValueGeneratedNever();
        model.Property(m => m.CreatedBy).HasMaxLength(100);
        model.Property(m => m.Note).HasMaxLength(500);
        model.Property(m => m.HighThreshold).HasPrecision(8, 2);
        model.Property(m => m.MediumThreshold).HasPrecision(8, 2);
        // At most one current version.
        model.HasIndex(m => m.IsCurrent).IsUnique().HasFilter("is_current");
        model.HasMany(m => m.Indicators).WithOne().HasForeignKey(i => i.ModelVersion).OnDelete(DeleteBehavior.Cascade);
        model.ToTable(t => t.HasCheckConstraint("ck_risk_model_versions_thresholds", "medium_threshold > 0 AND medium_threshold < high_threshold"));
    }
}

internal sealed class RiskIndicatorConfiguration : IEntityTypeConfiguration<RiskIndicator>
{
    public void Configure(EntityTypeBuilder<RiskIndicator> indicator)
    {
        indicator.HasKey(i => new { i.ModelVersion, i.Code });
        indicator.Property(i => i.Code).HasMaxLength(40);
        indicator.Property(i => i.Dimension).HasMaxLength(40);
        indicator.Property(i => i.Name).HasMaxLength(100);
        indicator.Property(i => i.NameEn).HasMaxLength(200);
        indicator.Property(i => i.Weight).HasPrecision(8, 2);
        indicator.Property(i => i.Parameters).HasColumnType("jsonb");
        indicator.ToTable(t => t.HasCheckConstraint("ck_risk_indicators_weight", "weight > 0"));
    }
}

internal sealed class HouseholdRiskChangeConfiguration : IEntityTypeConfiguration<HouseholdRiskChange>
{
    public void Configure(EntityTypeBuilder<HouseholdRiskChange> change)
    {
        change.Property(c => c.Id).UseIdentityAlwaysColumn();
        change.HasOne<Household>().WithMany().HasForeignKey(c => c.HouseholdId).OnDelete(DeleteBehavior.Restrict);
        change.HasIndex(c => new { c.HouseholdId, c.At });
        change.Property(c => c.Score).HasPrecision(8, 2);
        change.Property(c => c.ComputedLevel).HasConversion<short>();
        change.Property(c => c.EffectiveLevel).HasConversion<short>();
        change.Property(c => c.Cause).HasMaxLength(40);
        change.Property(c => c.Actor).HasMaxLength(100);
    }
}

internal sealed class IncomeLineConfiguration : IEntityTypeConfiguration<IncomeLine>
{
    public void Configure(EntityTypeBuilder<IncomeLine> line)
    {
        line.HasKey(l => new { l.Code, l.RegionCode });
        line.Property(l => l.Code).HasMaxLength(40);
        line.Property(l => l.RegionCode).HasMaxLength(12).IsFixedLength();
        line.HasOne<Region>().WithMany().HasForeignKey(l => l.RegionCode).OnDelete(DeleteBehavior.Restrict);
        line.Property(l => l.Name).HasMaxLength(50);
        line.Property(l => l.NameEn).HasMaxLength(100);
        line.Property(l => l.MonthlyAmount).HasPrecision(10, 2);
        line.ToTable(t => t.HasCheckConstraint("ck_income_lines_amount", "monthly_amount > 0"));
    }
}

/// <summary>This feature's tables on the one context, which names no feature itself.</summary>
public static class RiskTables
{
    extension(MarketplaceDbContext db)
    {
        public DbSet<RiskModelVersion> RiskModelVersions => db.Set<RiskModelVersion>();
        public DbSet<RiskIndicator> RiskIndicators => db.Set<RiskIndicator>();
        public DbSet<HouseholdRiskChange> HouseholdRiskHistory => db.Set<HouseholdRiskChange>();
        public DbSet<IncomeLine> IncomeLines => db.Set<IncomeLine>();
    }
}
