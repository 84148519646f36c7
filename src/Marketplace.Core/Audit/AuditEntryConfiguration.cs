namespace Marketplace.Core.Audit;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entry)
    {
        entry.Property(e => e.Id).UseIdentityAlwaysColumn();
        entry.Property(e => e.Actor).HasMaxLength(100);
        entry.Property(e => e.Action).HasMaxLength(60);
        entry.Property(e => e.SubjectType).HasMaxLength(60);
        entry.Property(e => e.SubjectId).HasMaxLength(100);
        entry.Property(e => e.Before).HasColumnType("jsonb");
        entry.Property(e => e.After).HasColumnType("jsonb");
        entry.HasIndex(e => e.At);
        entry.HasIndex(e => new { e.SubjectType, e.SubjectId });
        entry.HasIndex(e => new { e.Actor, e.At });
    }
}
