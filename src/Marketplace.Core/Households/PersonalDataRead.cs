namespace Marketplace.Core.Households;

/// <summary>One read of a household's personal data: who, which household, when, through which field. Only ever inserted.</summary>
[Table("personal_data_reads")]
public sealed class PersonalDataRead
{
    public long Id { get; init; }
    public DateTimeOffset At { get; init; }
    public required string Reader { get; init; }
    public Guid HouseholdId { get; init; }
    public required string Field { get; init; }
}
