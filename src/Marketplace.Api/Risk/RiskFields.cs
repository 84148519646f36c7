using Marketplace.Api.Households;
using Marketplace.Core.Households;
using Marketplace.Core.Risk;

namespace Marketplace.Api.Risk;

public static class RiskFields
{
    public static void AddRiskQueries(this ObjectGraphType query)
    {
        query.Field<RiskModelType>("riskModel")
            .Description("The current version of the risk model, with its indicators. Caseworkers and admins.")
            .ResolveAsync(async ctx =>
            {
                RiskAccess.EnsureMayReadModel(ctx.Viewer());
                return await ctx.Service<RiskModels>().CurrentAsync(ctx.CancellationToken);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RiskModelType>>>>("riskModels")
            .Description("Every version of the risk model, newest first. Caseworkers and admins.")
            .ResolveAsync(async ctx =>
            {
                RiskAccess.EnsureMayReadModel(ctx.Viewer());
                return await ctx.Service<RiskModels>().AllAsync(ctx.CancellationToken);
            });
    }

    public static void AddRiskMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<RiskModelType>>("publishRiskModel")
            .Description("Admins publish a new version of the risk model: it becomes current, and every household is re-scored with it before the answer comes back.")
            .Argument<NonNullGraphType<RiskModelInputType>>("input")
            .Argument<StringGraphType>(CommandFields.IdempotencyKey, CommandFields.IdempotencyKeyDescription)
            .ResolveAsync(async ctx =>
            {
                var version = await ctx.Service<RiskModelCommands>().PublishAsync(
                    ctx.Viewer(), ctx.GetArgument<RiskModelArguments>("input").ToInput(), ctx.GetArgument<string?>(CommandFields.IdempotencyKey), ctx.CancellationToken);
                return await ctx.Service<RiskModels>().VersionAsync(version, ctx.CancellationToken);
            });

        mutation.CommandOn<HouseholdType, Household>("overrideRiskLevel",
                "Those who keep the household's file set its level, with a reason: matching and allocation use it; the computed level stays visible. Recorded in the risk history.",
                "householdId",
                (ctx, viewer, id, key) => ctx.Service<RiskModelCommands>().OverrideAsync(
                    viewer, id, ctx.GetArgument<RiskLevel>("level"), ctx.GetArgument<string>("reason"), key, ctx.CancellationToken))
            .Argument<NonNullGraphType<RiskLevelType>>("level")
            .Argument<NonNullGraphType<StringGraphType>>("reason");

        mutation.CommandOn<HouseholdType, Household>("clearRiskOverride",
            "The computed level applies again. Recorded in the risk history.", "householdId",
            (ctx, viewer, id, key) => ctx.Service<RiskModelCommands>().ClearOverrideAsync(viewer, id, key, ctx.CancellationToken));
    }
}
