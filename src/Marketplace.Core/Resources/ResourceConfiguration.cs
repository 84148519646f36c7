namespace Marketplace.Core.Resources;

internal sealed class ResourceConfiguration : IEntityTypeConfiguration<Resource>
{
    public void Configure(EntityTypeBuilder<Resource> resource)
    {
        resource.HasOne(r => r.Organisation).WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        resource.HasOne(r => r.Category).WithMany().HasForeignKey(r => r.CategoryCode).OnDelete(DeleteBehavior.Restrict);
        resource.Property(r => r.CategoryCode).HasMaxLength(40);
        resource.Property(r => r.Title).HasMaxLength(200);
        resource.Property(r => r.Description).HasMaxLength(2000);
        resource.Property(r => r.Unit).HasMaxLength(20);
        resource.Property(r => r.Location).HasColumnType("geography (point, 4326)");
        resource.Property(r => r.Version).IsRowVersion();

        resource.HasIndex(r => r.OrganisationId);
        // Nearest open resources of one category: a partial GiST index on (category, location),
        // which btree_gist makes possible.
        resource.HasIndex(r => new { r.CategoryCode, r.Location })
            .HasMethod("gist")
            .HasFilter("status = 'Open'")
            .HasDatabaseName("ix_resources_open_category_location");
        resource.HasIndex(r => r.Location).HasMethod("gist");
        // The longest reach of any open resource (coverage gaps bound their scans by it): read
        // from the end of this index rather than by scanning every resource.
        resource.HasIndex(r => r.ServiceRadiusMeters)
            .HasFilter("status = 'Open'")
            .HasDatabaseName("ix_resources_open_radius");

        resource.ToTable(t =>
        {
            t.HasCheckConstraint("ck_resources_quantity_positive", "quantity > 0");
            t.HasCheckConstraint("ck_resources_remaining_within_quantity", "remaining_capacity BETWEEN 0 AND quantity");
            t.HasCheckConstraint("ck_resources_radius", "service_radius_meters > 0 AND service_radius_meters <= 200000");
            t.HasCheckConstraint("ck_resources_availability", "available_until IS NULL OR available_from IS NULL OR available_from <= available_until");
        });
    }
}
