using Marketplace.Core.Needs;

namespace Marketplace.Core.Matching;

internal sealed class MatchConfiguration : IEntityTypeConfiguration<Match>
{
    public void Configure(EntityTypeBuilder<Match> match)
    {
        match.HasOne(m => m.Need).WithMany().HasForeignKey(m => m.NeedId).OnDelete(DeleteBehavior.Restrict);
        match.HasOne(m => m.Resource).WithMany().HasForeignKey(m => m.ResourceId).OnDelete(DeleteBehavior.Restrict);
        match.HasOne(m => m.CharityProject).WithMany().HasForeignKey(m => m.CharityProjectId).OnDelete(DeleteBehavior.Restrict);
        match.Property(m => m.ProposedBy).HasMaxLength(100);
        match.Property(m => m.Version).IsRowVersion();
        // A timeline entry may name the match it is about; configured here, since needs sit below matching.
        match.HasMany<NeedEvent>().WithOne().HasForeignKey(e => e.MatchId).OnDelete(DeleteBehavior.Restrict);
        match.HasIndex(m => m.NeedId);
        match.HasIndex(m => m.ResourceId);
        match.HasIndex(m => m.CharityProjectId);
        match.ToTable(t =>
        {
            t.HasCheckConstraint("ck_matches_one_provider", "(resource_id IS NULL) <> (charity_project_id IS NULL)");
            t.HasCheckConstraint("ck_matches_quantity_positive", "quantity > 0");
        });
    }
}
