using Marketplace.Api.Needs;
using Marketplace.Core.Common.Paging;
using Marketplace.Core.Warnings;

namespace Marketplace.Api.Warnings;

public sealed class WarningFilterArguments
{
    public string? RegionCode { get; set; }
    public List<WarningStatus>? Statuses { get; set; }
    public bool? Overdue { get; set; }
    public string? HouseholdId { get; set; }

    public WarningFilter ToFilter() => new(RegionCode, Statuses, Overdue, HouseholdId is null ? null : Ids.Parse(HouseholdId, "householdId"));
}

public sealed class WarningFilterInputType : InputObjectGraphType<WarningFilterArguments>
{
    public WarningFilterInputType()
    {
        Name = "WarningFilter";
        Field<StringGraphType>("regionCode").Description("A region at any level, within your area; your area when not given.");
        Field<ListGraphType<NonNullGraphType<WarningStatusType>>>("statuses").Description("Any of these; all when not given.");
        Field<BooleanGraphType>("overdue").Description("True: only OPEN ones past their deadline; false: only the others.");
        Field<IdGraphType>("householdId");
    }
}

public static class WarningFields
{
    public static void AddWarningQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<WarningConnectionType>>("warnings")
            .Description($"Early warnings of a region (an inbox), the nearest deadline first, at most {PageRequest.MaxPageSize} a page. Community staff and officers of the area, social workers of their region, admins.")
            .Argument<WarningFilterInputType>("filter")
            .Argument<IntGraphType>("first", $"Page size, 0 to {PageRequest.MaxPageSize}; {PageRequest.DefaultPageSize} when not given.")
            .Argument<StringGraphType>("after", "The 'endCursor' of the previous page.")
            .ResolveAsync(async ctx => await ctx.Service<WarningSearch>().SearchAsync(
                ctx.Viewer(), ctx.GetArgument<WarningFilterArguments?>("filter")?.ToFilter() ?? new WarningFilter(null, null, null, null),
                new PageRequest(ctx.GetArgument<int?>("first"), ctx.GetArgument<string?>("after")), ctx.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<WarningRuleType>>>>("warningRules")
            .Description("The rules that raise warnings, by code. Caseworkers and admins.")
            .ResolveAsync(async ctx =>
            {
                WarningAccess.Region(ctx.Viewer(), null);
                return await ctx.Service<WarningRules>().AllAsync(ctx.CancellationToken);
            });
    }

    public static void AddWarningMutations(this ObjectGraphType mutation)
    {
        mutation.CommandOn<WarningType, Warning>("acknowledgeWarning",
            "Staff of the area take the warning on (the response its deadline is about). Of two at once, one acknowledges; the other gets INVALID_TRANSITION naming who did. Acknowledging again one's own is harmless.",
            "warningId",
            (ctx, viewer, id, key) => ctx.Service<WarningCommands>().AcknowledgeAsync(viewer, id, key, ctx.CancellationToken));

        mutation.CommandOn<WarningType, Warning>("resolveWarning",
                "Staff of the area resolve the warning with what was done, possibly reporting the household's need in the same transaction (reportNeed) or linking one (needId). An OPEN warning is acknowledged by the same act.",
                "warningId",
                (ctx, viewer, id, key) => ctx.Service<WarningCommands>().ResolveAsync(
                    viewer, id, ctx.GetArgument<string>("resolution"), ctx.GetArgument<ReportNeedArguments?>("reportNeed")?.ToInput(),
                    ctx.GetArgument<string?>("needId") is { } need ? Ids.Parse(need, "needId") : null, key, ctx.CancellationToken))
            .Argument<NonNullGraphType<StringGraphType>>("resolution")
            .Argument<ReportNeedInputType>("reportNeed", "A need of the warning's household to report now.")
            .Argument<IdGraphType>("needId", "A need of the household already reported, to link instead.");
    }
}
