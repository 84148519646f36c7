namespace Marketplace.Core.Regions;

internal sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> region)
    {
        region.HasKey(r => r.Code);
        region.Property(r => r.Code).HasMaxLength(RegionCode.Length).IsFixedLength();
        region.Property(r => r.ParentCode).HasMaxLength(RegionCode.Length).IsFixedLength();
        region.Property(r => r.Name).HasMaxLength(100);
        region.Property(r => r.Centroid).HasColumnType("geography (point, 4326)");
        region.Property(r => r.Boundary).HasColumnType("geography (polygon, 4326)");
        region.Ignore(r => r.DescendantPrefix);
        region.HasOne<Region>().WithMany().HasForeignKey(r => r.ParentCode).OnDelete(DeleteBehavior.Restrict);
        region.HasIndex(r => r.ParentCode);
        region.ToTable(t =>
        {
            t.HasCheckConstraint("ck_regions_code_digits", "code ~ '^[0-9]{12}$'");
            t.HasCheckConstraint("ck_regions_population", "population IS NULL OR population >= 0");
        });
    }
}
