using Marketplace.Api.Households;
using Marketplace.Core.Duplicates;
using Marketplace.Core.Households;

namespace Marketplace.Api.Duplicates;

public static class DuplicateFields
{
    public static void AddDuplicateQueries(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<DuplicateSuspectType>>>>("duplicateSuspects")
            .Description("Suspected duplicates of the region's households, across communities and sub-districts: the same phone, or heads' names and addresses alike; pairs already merged or dismissed are left out. Those with the same phone first, then the most alike. Officers (their sub-district) and admins.")
            .AuthorizeWithRoles(Role.SubDistrictOfficer.ClaimValue(), Role.Admin.ClaimValue())
            .Argument<NonNullGraphType<StringGraphType>>("regionCode", "At least one household of each pair is in this region.")
            .Argument<IntGraphType>("first", $"At most this many pairs, 1 to {DuplicateSuspects.MaxPairs}; 100 when not given.")
            .ResolveAsync(async ctx =>
            {
                var suspects = await ctx.Service<DuplicateSuspects>().ListAsync(
                    ctx.Viewer(), ctx.GetArgument<string>("regionCode"), ctx.GetArgument("first", 100), ctx.CancellationToken);
                // Each pair says something of both files' identity (one phone, a name and an address alike): a read of both.
                ctx.Service<Privacy.PersonalDataGuard>().Record(suspects.SelectMany(s => new[] { s.FirstHouseholdId, s.SecondHouseholdId }), "duplicateSuspect");
                return suspects;
            });

    public static void AddDuplicateMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<DuplicateDismissalType>>("dismissDuplicateSuspect")
            .Description("An officer finds a suspect pair to be two households: it is not suggested again. Officers of either household's sub-district, admins.")
            .Argument<NonNullGraphType<IdGraphType>>("firstHouseholdId")
            .Argument<NonNullGraphType<IdGraphType>>("secondHouseholdId")
            .Argument<NonNullGraphType<StringGraphType>>("reason", "Why they are two households.")
            .Argument<StringGraphType>(CommandFields.IdempotencyKey, CommandFields.IdempotencyKeyDescription)
            .ResolveAsync(async ctx =>
            {
                var (a, b) = (ctx.GetGuidArgument("firstHouseholdId"), ctx.GetGuidArgument("secondHouseholdId"));
                await ctx.Service<DuplicateDismissals>().DismissAsync(
                    ctx.Viewer(), a, b, ctx.GetArgument<string>("reason"), ctx.IdempotencyKey(), ctx.CancellationToken);
                var (first, second) = DuplicatePair.Ordered(a, b);
                return await ctx.Service<DuplicateDismissals>().GetAsync(first, second, ctx.CancellationToken);
            });

        mutation.Command<HouseholdType, Household>("mergeHouseholds",
                "Two files of one household become one: the duplicate's needs (open ones move to the kept household's community), events, members and their ID numbers, warnings and risk history move to the kept file, which gains the labels, statuses and facts it lacked; the duplicate stays as a tombstone pointing at it ('mergedInto'). Audited. Officers whose area covers both, admins. Answers the kept household.",
                (ctx, viewer, key) => ctx.Service<HouseholdMerge>().MergeAsync(
                    viewer, ctx.GetGuidArgument("keptHouseholdId"), ctx.GetGuidArgument("mergedHouseholdId"), ctx.GetArgument<string>("reason"), key, ctx.CancellationToken))
            .Argument<NonNullGraphType<IdGraphType>>("keptHouseholdId")
            .Argument<NonNullGraphType<IdGraphType>>("mergedHouseholdId", "The duplicate, which becomes a tombstone.")
            .Argument<NonNullGraphType<StringGraphType>>("reason", "Why the two files are one household.");
    }

    /// <summary>Where a merged file went: added to the household's type, which knows nothing of merging.</summary>
    public static void AddMergedInto(HouseholdType household)
    {
        household.Field<HouseholdType>("mergedInto")
            .Description("The file this one was merged into as a duplicate (a tombstone's); null for a live file.")
            .Resolve(ctx => ctx.Source.MergedIntoId is { } id ? ctx.LoadById<Household, Guid>(id) : null);
        household.Field(x => x.MergedAt, nullable: true).Description("When it was merged.");
    }
}
