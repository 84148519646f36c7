namespace Marketplace.Core.Commands;

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> record)
    {
        record.HasKey(r => new { r.Actor, r.Key });
        record.Property(r => r.Actor).HasMaxLength(100);
        record.Property(r => r.Key).HasMaxLength(CommandRunner.MaxKeyLength);
        record.Property(r => r.Operation).HasMaxLength(60);
        record.Property(r => r.RequestHash).HasMaxLength(64).IsFixedLength();
        record.HasIndex(r => r.CreatedAt);
    }
}
