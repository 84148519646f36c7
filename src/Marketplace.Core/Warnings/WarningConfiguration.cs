using Marketplace.Core.Households;

namespace Marketplace.Core.Warnings;

internal sealed class WarningConfiguration : IEntityTypeConfiguration<Warning>
{
    public void Configure(EntityTypeBuilder<Warning> warning)
    {
        warning.HasOne<Household>().WithMany().HasForeignKey(w => w.HouseholdId).OnDelete(DeleteBehavior.Restrict);
        warning.HasOne<WarningRule>().WithMany().HasForeignKey(w => w.RuleCode).OnDelete(DeleteBehavior.Restrict);
        warning.Property(w => w.CommunityCode).HasMaxLength(12).IsFixedLength();
        warning.Property(w => w.RuleCode).HasMaxLength(40);
        warning.Property(w => w.Detail).HasMaxLength(300);
        warning.Property(w => w.OccurrenceKey).HasMaxLength(200);
        warning.HasIndex(w => w.OccurrenceKey).IsUnique();
        warning.HasIndex(w => new { w.CommunityCode, w.Status, w.DueAt });
        warning.HasIndex(w => w.HouseholdId);
        warning.Property(w => w.AcknowledgedBy).HasMaxLength(100);
        warning.Property(w => w.ResolvedBy).HasMaxLength(100);
        warning.Property(w => w.Resolution).HasMaxLength(2000);
        warning.Property(w => w.Version).IsRowVersion();
    }
}

internal sealed class WarningRuleConfiguration : IEntityTypeConfiguration<WarningRule>
{
    public void Configure(EntityTypeBuilder<WarningRule> rule)
    {
        rule.HasKey(r => r.Code);
        rule.Property(r => r.Code).HasMaxLength(40);
        rule.Property(r => r.Name).HasMaxLength(100);
        rule.Property(r => r.NameEn).HasMaxLength(200);
        rule.Property(r => r.Parameters).HasColumnType("jsonb");
        rule.ToTable(t => t.HasCheckConstraint("ck_warning_rules_response", "response_hours BETWEEN 1 AND 2160"));
    }
}

/// <summary>This feature's tables on the one context, which names no feature itself.</summary>
public static class WarningTables
{
    extension(MarketplaceDbContext db)
    {
        public DbSet<Warning> Warnings => db.Set<Warning>();
        public DbSet<WarningRule> WarningRules => db.Set<WarningRule>();
    }
}
