using Marketplace.Api.Needs;
using Marketplace.Api.Projects;
using Marketplace.Api.Resources;
using Marketplace.Core.Matching;

namespace Marketplace.Api.Matching;

public sealed class PlannedMatchType : ObjectGraphType<PlannedMatch>
{
    public PlannedMatchType()
    {
        Name = "PlannedMatch";
        Field<NonNullGraphType<NeedType>>("need").Resolve(ctx => ctx.Source.Need);
        Field<ResourceType>("resource").Resolve(ctx => ctx.Source.Resource);
        Field<CharityProjectType>("charityProject").Resolve(ctx => ctx.Source.CharityProject);
        Field(x => x.Quantity);
        Field(x => x.DistanceMeters, nullable: true);
    }
}

public sealed class UncoveredNeedType : ObjectGraphType<UncoveredNeed>
{
    public UncoveredNeedType()
    {
        Name = "UncoveredNeed";
        Field<NonNullGraphType<NeedType>>("need").Resolve(ctx => ctx.Source.Need);
        Field<NonNullGraphType<UncoveredReasonKindType>>("reasonKind").Resolve(ctx => ctx.Source.ReasonKind);
        Field(x => x.Reason).Description("The reason in English words, with what an officer can do about it.");
    }
}

public sealed class UncoveredReasonKindType : EnumerationGraphType<UncoveredReasonKind>
{
    public UncoveredReasonKindType() =>
        Description = "TAKEN_BY_OTHERS: what could serve it went to other needs of the plan; NOTHING_REACHES: no open resource or project of its category reaches it.";
}

public sealed class AllocationPlanType : ObjectGraphType<AllocationPlan>
{
    public AllocationPlanType()
    {
        Name = "AllocationPlan";
        Description = "A proposed assignment of a region's claimed, unmatched needs; nothing is changed until applyAllocation.";
        Field(x => x.RegionCode);
        Field(x => x.NeedsConsidered);
        Field(x => x.NeedsCovered);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlannedMatchType>>>>("matches").Resolve(ctx => ctx.Source.Matches);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UncoveredNeedType>>>>("uncovered").Resolve(ctx => ctx.Source.Uncovered);
    }
}

public static class AllocationFields
{
    public static void AddAllocationQueries(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<AllocationPlanType>>("planAllocation")
            .Description("For a region (a sub-district, say): assign its claimed needs to resources and projects so that as many are covered as capacity and reach allow — more than taking them one by one. Officers of the region and admins.")
            .Argument<NonNullGraphType<StringGraphType>>("regionCode")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("categories", "Only these categories (and their sub-categories).")
            .ResolveAsync(async ctx => await ctx.Service<AllocationPlanner>().PlanAsync(
                ctx.Viewer(), ctx.GetArgument<string>("regionCode"), ctx.GetArgument<List<string>?>("categories"), ctx.CancellationToken));

    public static void AddAllocationMutations(this ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<ListGraphType<NonNullGraphType<MatchType>>>>("applyAllocation")
            .Description("Turns a plan's matches into proposed matches, all or none.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<ProposeMatchInputType>>>>("matches")
            .Argument<StringGraphType>(CommandFields.IdempotencyKey, CommandFields.IdempotencyKeyDescription)
            .ResolveAsync(async ctx =>
            {
                var inputs = ctx.GetArgument<List<ProposeMatchArguments>>("matches").Select(m => m.ToInput()).ToList();
                var ids = await ctx.Service<MatchCommands>().ProposeAllAsync(
                    ctx.Viewer(), inputs, ctx.IdempotencyKey(), ctx.CancellationToken);
                var fresh = await ctx.Service<KeyedReads>().ByPrimaryKeyAsync<Match, Guid>(ids, ctx.CancellationToken);
                return ids.Select(id => fresh[id]).ToList();
            });
}
