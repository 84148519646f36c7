using Marketplace.Core.Needs;

namespace Marketplace.Api.Needs;

public sealed class NeedEventType : ObjectGraphType<NeedEvent>
{
    public NeedEventType()
    {
        Name = "NeedEvent";
        Description = "One entry of a need's timeline: who did what, when, and the status before and after.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field<NonNullGraphType<NeedEventKindType>>("kind").Resolve(ctx => ctx.Source.Kind);
        Field(x => x.At);
        Field(x => x.Actor).Description("The login of who did it.");
        Field<NeedStatusType>("fromStatus").Resolve(ctx => ctx.Source.FromStatus);
        Field<NeedStatusType>("toStatus").Resolve(ctx => ctx.Source.ToStatus);
        Field(x => x.Note, nullable: true);
        Field<IdGraphType>("matchId").Resolve(ctx => ctx.Source.MatchId);
    }
}
