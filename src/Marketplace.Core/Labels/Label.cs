namespace Marketplace.Core.Labels;

/// <summary>A dimension of the label vocabulary (居住, 健康, 就业 …), after Xuhui's 7 dimensions.</summary>
[Table("label_dimensions")]
public sealed class LabelDimension
{
    public required string Code { get; init; }
    public required string Name { get; set; }
    public required string NameEn { get; set; }
    public int SortOrder { get; set; }
}

/// <summary>
/// A label households and persons are tagged with (独居, 重度残疾, 应届毕业生 …): a managed
/// vocabulary, so that a cohort search finds every file tagged alike. Retired, never deleted.
/// </summary>
[Table("labels")]
public sealed class Label
{
    public required string Code { get; init; }
    public required string DimensionCode { get; set; }
    public required string Name { get; set; }
    public required string NameEn { get; set; }
    public LabelScope AppliesTo { get; set; }
    public int SortOrder { get; set; }
    public DateTimeOffset? RetiredAt { get; set; }
}

public enum LabelScope
{
    Household,
    Person,
    Both,
}

internal sealed class LabelConfiguration : IEntityTypeConfiguration<Label>, IEntityTypeConfiguration<LabelDimension>
{
    public void Configure(EntityTypeBuilder<Label> label)
    {
        label.HasKey(l => l.Code);
        label.Property(l => l.Code).HasMaxLength(40);
        label.Property(l => l.DimensionCode).HasMaxLength(40);
        label.HasOne<LabelDimension>().WithMany().HasForeignKey(l => l.DimensionCode).OnDelete(DeleteBehavior.Restrict);
        label.Property(l => l.Name).HasMaxLength(50);
        label.Property(l => l.NameEn).HasMaxLength(100);
    }

    public void Configure(EntityTypeBuilder<LabelDimension> dimension)
    {
        dimension.HasKey(d => d.Code);
        dimension.Property(d => d.Code).HasMaxLength(40);
        dimension.Property(d => d.Name).HasMaxLength(50);
        dimension.Property(d => d.NameEn).HasMaxLength(100);
    }
}

/// <summary>This feature's tables on the one context, which names no feature itself.</summary>
public static class LabelTables
{
    extension(MarketplaceDbContext db)
    {
        public DbSet<Label> Labels => db.Set<Label>();
        public DbSet<LabelDimension> LabelDimensions => db.Set<LabelDimension>();
    }
}
