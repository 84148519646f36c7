namespace Marketplace.Core.Needs;

internal sealed class NeedConfiguration : IEntityTypeConfiguration<Need>
{
    public void Configure(EntityTypeBuilder<Need> need)
    {
        need.HasOne(n => n.Household).WithMany().HasForeignKey(n => n.HouseholdId).OnDelete(DeleteBehavior.Restrict);
        need.HasOne(n => n.Category).WithMany().HasForeignKey(n => n.CategoryCode).OnDelete(DeleteBehavior.Restrict);
        need.HasOne(n => n.Region).WithMany().HasForeignKey(n => n.RegionCode).OnDelete(DeleteBehavior.Restrict);
        need.Property(n => n.CategoryCode).HasMaxLength(40);
        need.Property(n => n.RegionCode).HasMaxLength(12).IsFixedLength();
        need.Property(n => n.Location).HasColumnType("geography (point, 4326)");
        need.Property(n => n.PublicSummary).HasMaxLength(500);
        need.Property(n => n.PrivateDescription).HasMaxLength(4000);
        need.Property(n => n.Unit).HasMaxLength(20);
        need.Property(n => n.ReportedBy).HasMaxLength(100);
        need.Property(n => n.ClaimedBy).HasMaxLength(100);
        need.Property(n => n.ClearanceNote).HasMaxLength(2000);
        need.Property(n => n.CancellationReason).HasMaxLength(2000);
        // An ordered scale, stored as its number so that ORDER BY urgency means most urgent first.
        need.Property(n => n.Urgency).HasConversion<short>();
        need.Property(n => n.Version).IsRowVersion();

        need.HasIndex(n => n.Location).HasMethod("gist");
        // Open needs of one category nearest a resource: the reverse of a suggestion, one index scan.
        need.HasIndex(n => new { n.CategoryCode, n.Location })
            .HasMethod("gist")
            .HasFilter("status IN ('Reported', 'Verified', 'Claimed')")
            .HasDatabaseName("ix_needs_open_category_location");
        // Region filters are code ranges (a region and its descendants share a prefix), so a plain btree serves them.
        need.HasIndex(n => new { n.RegionCode, n.Status });
        need.HasIndex(n => new { n.ReportedAt, n.Id });
        // Clearance figures of a region and period from the index alone (an index-only scan):
        // every column the aggregates read is in it.
        need.HasIndex(n => new { n.RegionCode, n.ReportedAt })
            .IncludeProperties(n => new { n.Status, n.DueDate, n.ClearedAt, n.CategoryCode })
            .HasDatabaseName("ix_needs_region_reported_figures");
        need.HasIndex(n => n.HouseholdId);
        // A worker's own caseload (needs held by me) over a district's needs: the rows of one
        // holder. Needs nobody holds, most of them, stay out of the index.
        need.HasIndex(n => n.ClaimedBy).HasFilter("claimed_by IS NOT NULL");
        // The idle-claim sweep looks for claims by their last activity.
        need.HasIndex(n => new { n.Status, n.LastActivityAt });
        need.ToTable(t => t.HasCheckConstraint("ck_needs_quantity_positive", "quantity IS NULL OR quantity > 0"));
    }
}
