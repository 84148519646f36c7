using Marketplace.Api.Households;
using Marketplace.Api.Privacy;
using Marketplace.Core.Households;
using Marketplace.Core.Households.Events;

namespace Marketplace.Api.HouseholdEvents;

public static class HouseholdEventFields
{
    /// <summary>A household's events: personal, so through the privacy guard.</summary>
    public static void AddHouseholdEvents(HouseholdType household) =>
        household.Field<NonNullGraphType<ListGraphType<NonNullGraphType<HouseholdEventType>>>>("events")
            .Description("What happened to the household, the latest first. Personal.")
            .Resolve(ctx => GuardedResult.After(
                ctx.Service<PersonalDataGuard>().Reveal(ctx.Source.Id, "events", _ => true),
                ctx.Service<HouseholdEventLoaders>().ByHousehold.Load(ctx.Source.Id)));

    public static void AddHouseholdEventMutations(this ObjectGraphType mutation) =>
        mutation.Command<HouseholdType, Household>("recordHouseholdEvent",
                "Those who keep the household's file record what happened to it (a member hospitalised, a bereavement …); warning rules on events fire in the same transaction.",
                async (ctx, viewer, key) =>
                {
                    var householdId = ctx.GetGuidArgument("householdId");
                    await ctx.Service<HouseholdEventCommands>().RecordAsync(
                        viewer, householdId, ctx.GetArgument<HouseholdEventArguments>("input").ToInput(), key, ctx.CancellationToken);
                    return householdId;
                })
            .Argument<NonNullGraphType<IdGraphType>>("householdId")
            .Argument<NonNullGraphType<HouseholdEventInputType>>("input");
}

/// <summary>Per-request batch loaders of household events.</summary>
public sealed class HouseholdEventLoaders(KeyedReads reads)
{
    private static readonly Key<HouseholdEvent, Guid> ByHouseholdKey = new(e => e.HouseholdId);

    public BatchLoader<Guid, IReadOnlyList<HouseholdEvent>> ByHousehold { get; } =
        BatchLoaders.ByForeignKey(reads, ByHouseholdKey, rows => rows.OrderByDescending(e => e.OccurredOn).ThenByDescending(e => e.RecordedAt).ThenByDescending(e => e.Id));
}
