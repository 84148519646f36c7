namespace Marketplace.Core.Needs;

internal sealed class NeedEventConfiguration : IEntityTypeConfiguration<NeedEvent>
{
    public void Configure(EntityTypeBuilder<NeedEvent> needEvent)
    {
        needEvent.Property(e => e.Id).UseIdentityAlwaysColumn();
        needEvent.HasOne<Need>().WithMany().HasForeignKey(e => e.NeedId).OnDelete(DeleteBehavior.Restrict);
        needEvent.Property(e => e.Actor).HasMaxLength(100);
        needEvent.Property(e => e.Note).HasMaxLength(4000);
        needEvent.HasIndex(e => new { e.NeedId, e.At, e.Id });
    }
}
