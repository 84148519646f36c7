using Marketplace.Core.Matching;

namespace Marketplace.Api.Matching;

public sealed class ProposeMatchArguments
{
    public string NeedId { get; set; } = "";
    public string? ResourceId { get; set; }
    public string? CharityProjectId { get; set; }
    public int Quantity { get; set; } = 1;
    public string? Note { get; set; }

    public ProposeMatchInput ToInput() => new(
        Ids.Parse(NeedId, "needId"),
        Ids.ParseOptional(ResourceId, "resourceId"),
        Ids.ParseOptional(CharityProjectId, "charityProjectId"),
        Quantity, Note);
}

public sealed class ProposeMatchInputType : InputObjectGraphType<ProposeMatchArguments>
{
    public ProposeMatchInputType()
    {
        Name = "ProposeMatchInput";
        Description = "A need offered to one resource or one charity project.";
        Field<NonNullGraphType<IdGraphType>>("needId");
        Field<IdGraphType>("resourceId");
        Field<IdGraphType>("charityProjectId");
        Field<IntGraphType>("quantity").DefaultValue(1).Description("Units of the resource; a project takes one household.");
        Field<StringGraphType>("note");
    }
}

public static class MatchMutations
{

    public static void AddMatchMutations(this ObjectGraphType mutation)
    {
        mutation.Command<MatchType, Match>("proposeMatch", "The need's social worker offers it to a resource or project that fits and reaches it (need → MATCHED).",
                (ctx, viewer, key) => Commands(ctx).ProposeAsync(viewer, ctx.GetArgument<ProposeMatchArguments>("input").ToInput(), key, ctx.CancellationToken))
            .Argument<NonNullGraphType<ProposeMatchInputType>>("input");

        mutation.CommandOn<MatchType, Match>("acceptMatch", "The resource's organisation accepts: capacity is taken now, never beyond what is left (need → IN_SERVICE).", "matchId",
            (ctx, viewer, id, key) => Commands(ctx).AcceptAsync(viewer, id, key, ctx.CancellationToken));

        mutation.CommandOn<MatchType, Match>("declineMatch", "The resource's organisation declines a proposal.", "matchId",
            (ctx, viewer, id, key) => Commands(ctx).DeclineAsync(viewer, id, ctx.GetArgument<string?>("reason"), key, ctx.CancellationToken))
            .Argument<StringGraphType>("reason");

        mutation.CommandOn<MatchType, Match>("markDelivered", "The goods or service reached the household.", "matchId",
            (ctx, viewer, id, key) => Commands(ctx).MarkDeliveredAsync(viewer, id, ctx.GetArgument<string?>("note"), key, ctx.CancellationToken))
            .Argument<StringGraphType>("note");

        mutation.CommandOn<MatchType, Match>("cancelMatch", "A proposed or accepted match is called off; accepted capacity goes back to the resource.", "matchId",
            (ctx, viewer, id, key) => Commands(ctx).CancelAsync(viewer, id, ctx.GetArgument<string>("reason"), key, ctx.CancellationToken))
            .Argument<NonNullGraphType<StringGraphType>>("reason");
    }

    private static MatchCommands Commands(IResolveFieldContext ctx) => ctx.Service<MatchCommands>();
}
