using Marketplace.Core.Households.Events;

namespace Marketplace.Api.HouseholdEvents;

public sealed class HouseholdEventKindType : EnumerationGraphType<HouseholdEventKind>
{
    public HouseholdEventKindType() => Description = "Life events of Jing'an's seven must-visits (七个必访) and the registry's warnings.";
}

public sealed class HouseholdEventType : ObjectGraphType<HouseholdEvent>
{
    public HouseholdEventType()
    {
        Name = "HouseholdEvent";
        Description = "Something that happened to a household or one of its members. Personal: only where the household's personal data may be seen.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field<NonNullGraphType<HouseholdEventKindType>>("kind").Resolve(ctx => ctx.Source.Kind);
        Field<IdGraphType>("memberId").Description("The member it happened to; null for the household as a whole.").Resolve(ctx => ctx.Source.MemberId);
        Field(x => x.OccurredOn);
        Field(x => x.Note, nullable: true);
        Field(x => x.RecordedBy);
        Field(x => x.RecordedAt);
    }
}

public sealed class HouseholdEventArguments
{
    public HouseholdEventKind Kind { get; set; }
    public string? MemberId { get; set; }
    public DateOnly OccurredOn { get; set; }
    public string? Note { get; set; }

    public HouseholdEventInput ToInput() => new(Kind, MemberId is null ? null : Ids.Parse(MemberId, "memberId"), OccurredOn, Note);
}

public sealed class HouseholdEventInputType : InputObjectGraphType<HouseholdEventArguments>
{
    public HouseholdEventInputType()
    {
        Name = "HouseholdEventInput";
        Field<NonNullGraphType<HouseholdEventKindType>>("kind");
        Field<IdGraphType>("memberId").Description("The member it happened to, if one.");
        Field<NonNullGraphType<DateOnlyGraphType>>("occurredOn").Description("China time; not in the future.");
        Field<StringGraphType>("note").Description("Personal: shown only where the household's personal data may be seen.");
    }
}
