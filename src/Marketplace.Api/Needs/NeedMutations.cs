using Marketplace.Core.Needs;

namespace Marketplace.Api.Needs;

public sealed class ReportNeedInputType : InputObjectGraphType<ReportNeedArguments>
{
    public ReportNeedInputType()
    {
        Name = "ReportNeedInput";
        Field<NonNullGraphType<IdGraphType>>("householdId");
        Field<NonNullGraphType<StringGraphType>>("categoryCode");
        Field<NonNullGraphType<StringGraphType>>("publicSummary").Description("What may be shown to donors: no names, no addresses.");
        Field<StringGraphType>("privateDescription");
        Field<UrgencyType>("urgency").DefaultValue(Urgency.Normal);
        Field<IntGraphType>("quantity");
        Field<StringGraphType>("unit");
        Field<DateOnlyGraphType>("dueDate");
        Field<BooleanGraphType>("isRecurring").DefaultValue(false);
    }
}

public sealed class ReportNeedArguments
{
    public string HouseholdId { get; set; } = "";
    public string CategoryCode { get; set; } = "";
    public string PublicSummary { get; set; } = "";
    public string? PrivateDescription { get; set; }
    public Urgency Urgency { get; set; } = Urgency.Normal;
    public int? Quantity { get; set; }
    public string? Unit { get; set; }
    public DateOnly? DueDate { get; set; }
    public bool IsRecurring { get; set; }

    public ReportNeedInput ToInput() => new(
        Ids.Parse(HouseholdId, "householdId"), CategoryCode, PublicSummary, PrivateDescription, Urgency, Quantity, Unit, DueDate, IsRecurring);
}

public static class NeedMutations
{

    public static void AddNeedMutations(this ObjectGraphType mutation)
    {
        mutation.Command<NeedType, Need>("reportNeed", "Community staff report a household's need (REPORTED).",
                (ctx, viewer, key) => Commands(ctx).ReportAsync(viewer, ctx.GetArgument<ReportNeedArguments>("input").ToInput(), key, ctx.CancellationToken))
            .Argument<NonNullGraphType<ReportNeedInputType>>("input");

        mutation.CommandOn<NeedType, Need>("verifyNeed", "Community staff confirm the need on a visit (REPORTED → VERIFIED).", "needId",
            (ctx, viewer, id, key) => Commands(ctx).VerifyAsync(viewer, id, ctx.GetArgument<string?>("note"), key, ctx.CancellationToken))
            .Argument<StringGraphType>("note");

        mutation.CommandOn<NeedType, Need>("claimNeed", "A social worker of the area takes the need on. When several claim at once, one wins; the others get CONFLICT.", "needId",
            (ctx, viewer, id, key) => Commands(ctx).ClaimAsync(viewer, id, key, ctx.CancellationToken));

        mutation.CommandOn<NeedType, Need>("releaseClaim", "The holder (or an officer) gives a claimed need back to the pool.", "needId",
            (ctx, viewer, id, key) => Commands(ctx).ReleaseClaimAsync(viewer, id, ctx.GetArgument<string?>("note"), key, ctx.CancellationToken))
            .Argument<StringGraphType>("note");

        mutation.CommandOn<NeedType, Need>("reassignClaim", "A sub-district officer hands the need to another social worker of the area.", "needId",
            (ctx, viewer, id, key) => Commands(ctx).ReassignClaimAsync(viewer, id, ctx.GetArgument<string>("toLogin"), ctx.GetArgument<string?>("note"), key, ctx.CancellationToken))
            .Argument<NonNullGraphType<StringGraphType>>("toLogin")
            .Argument<StringGraphType>("note");

        mutation.CommandOn<NeedType, Need>("clearNeed", "The need is met: cleared (销号) with a note; the time counts for clearance rates.", "needId",
            (ctx, viewer, id, key) => Commands(ctx).ClearAsync(viewer, id, ctx.GetArgument<string>("note"), key, ctx.CancellationToken))
            .Argument<NonNullGraphType<StringGraphType>>("note");

        mutation.CommandOn<NeedType, Need>("cancelNeed", "A duplicate or invalid need is cancelled, with a reason.", "needId",
            (ctx, viewer, id, key) => Commands(ctx).CancelAsync(viewer, id, ctx.GetArgument<string>("reason"), key, ctx.CancellationToken))
            .Argument<NonNullGraphType<StringGraphType>>("reason");

        mutation.CommandOn<NeedType, Need>("reopenNeed", "A cleared or cancelled need is open again; its earlier clearance stays in the timeline.", "needId",
            (ctx, viewer, id, key) => Commands(ctx).ReopenAsync(viewer, id, ctx.GetArgument<string>("reason"), key, ctx.CancellationToken))
            .Argument<NonNullGraphType<StringGraphType>>("reason");

        mutation.CommandOn<NeedType, Need>("addNeedNote", "A caseworker adds a note to the timeline.", "needId",
            (ctx, viewer, id, key) => Commands(ctx).AddNoteAsync(viewer, id, ctx.GetArgument<string>("note"), key, ctx.CancellationToken))
            .Argument<NonNullGraphType<StringGraphType>>("note");
    }

    private static NeedCommands Commands(IResolveFieldContext ctx) => ctx.Service<NeedCommands>();
}
