namespace Marketplace.Core.Projects;

internal sealed class CharityProjectConfiguration : IEntityTypeConfiguration<CharityProject>
{
    public void Configure(EntityTypeBuilder<CharityProject> project)
    {
        project.HasOne(p => p.Organisation).WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        project.Property(p => p.Name).HasMaxLength(200);
        project.Property(p => p.Description).HasMaxLength(2000);
        project.Property(p => p.FundedBy).HasMaxLength(200);
        project.Property(p => p.CategoryCodes).HasColumnType("text[]");
        project.HasIndex(p => p.CategoryCodes).HasMethod("gin");
        project.Property(p => p.Version).IsRowVersion();
        project.HasMany(p => p.TargetRegions).WithOne().HasForeignKey(t => t.CharityProjectId).OnDelete(DeleteBehavior.Cascade);
        project.ToTable(t =>
        {
            t.HasCheckConstraint("ck_charity_projects_capacity", "capacity_households > 0 AND remaining_capacity BETWEEN 0 AND capacity_households");
            t.HasCheckConstraint("ck_charity_projects_period", "ends_on IS NULL OR starts_on <= ends_on");
        });
    }
}

internal sealed class CharityProjectTargetRegionConfiguration : IEntityTypeConfiguration<CharityProjectTargetRegion>
{
    public void Configure(EntityTypeBuilder<CharityProjectTargetRegion> target)
    {
        target.HasKey(t => new { t.CharityProjectId, t.RegionCode });
        target.Property(t => t.RegionCode).HasMaxLength(12).IsFixedLength();
        target.HasOne(t => t.Region).WithMany().HasForeignKey(t => t.RegionCode).OnDelete(DeleteBehavior.Restrict);
    }
}
