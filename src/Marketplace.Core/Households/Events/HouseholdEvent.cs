namespace Marketplace.Core.Households.Events;

/// <summary>
/// Something that happened to a household or one of its members (a hospital stay, a bereavement,
/// a disaster, a lost income): what early warnings (and must-visits) are raised from. Personal.
/// </summary>
[PersonalData]
[Table("household_events")]
public sealed class HouseholdEvent
{
    public Guid Id { get; init; }
    public Guid HouseholdId { get; set; }
    public Guid? MemberId { get; init; }
    public HouseholdEventKind Kind { get; init; }
    public DateOnly OccurredOn { get; init; }
    public string? Note { get; init; }
    public required string RecordedBy { get; init; }
    public DateTimeOffset RecordedAt { get; init; }
}

/// <summary>The life events of Jing'an's "seven must-visits" (七个必访) and the registry's warnings.</summary>
public enum HouseholdEventKind
{
    Hospitalised,
    DischargedFromHospital,
    Bereaved,
    Disaster,
    IncomeLost,
    MemberDisabled,
    FamilyConflict,
    Other,
}

internal sealed class HouseholdEventConfiguration : IEntityTypeConfiguration<HouseholdEvent>
{
    public void Configure(EntityTypeBuilder<HouseholdEvent> householdEvent)
    {
        householdEvent.HasOne<Household>().WithMany().HasForeignKey(e => e.HouseholdId).OnDelete(DeleteBehavior.Restrict);
        householdEvent.HasIndex(e => new { e.HouseholdId, e.OccurredOn });
        householdEvent.Property(e => e.Note).HasMaxLength(2000);
        householdEvent.Property(e => e.RecordedBy).HasMaxLength(100);
    }
}

/// <summary>This feature's tables on the one context, which names no feature itself.</summary>
public static class HouseholdEventTables
{
    extension(MarketplaceDbContext db)
    {
        public DbSet<HouseholdEvent> HouseholdEvents => db.Set<HouseholdEvent>();
    }
}
