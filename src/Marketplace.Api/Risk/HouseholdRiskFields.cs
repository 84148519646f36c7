using GraphQL.DataLoader;
using Marketplace.Api.Households;
using Marketplace.Api.Privacy;
using Marketplace.Core.Households;
using Marketplace.Core.Needs;
using Marketplace.Core.Risk;

namespace Marketplace.Api.Risk;

/// <summary>
/// A household's score, computed level, override, explanation and history: added by the risk
/// feature to the household's type, each as personal as the household's identity (read through
/// the privacy guard, logged). Its effective level stays Household.riskLevel.
/// </summary>
public static class HouseholdRiskFields
{
    public static void Add(HouseholdType household)
    {
        household.Field<FloatGraphType>("riskScore").Description("The risk model's score; null until scored. Personal.")
            .Resolve(ctx => Reveal(ctx, "riskScore", h => (double?)h.RiskScore));
        household.Field<RiskLevelType>("computedRiskLevel").Description("The level the model gives, whatever the override. Personal.")
            .Resolve(ctx => Reveal(ctx, "computedRiskLevel", h => h.ComputedRiskLevel));
        household.Field<IntGraphType>("riskModelVersion").Description("The model version that scored it. Personal.")
            .Resolve(ctx => Reveal(ctx, "riskModelVersion", h => h.RiskModelVersion));
        household.Field<DateTimeOffsetGraphType>("riskComputedAt").Description("Personal.")
            .Resolve(ctx => Reveal(ctx, "riskComputedAt", h => h.RiskComputedAt));
        household.Field<RiskOverrideType>("riskOverride").Description("The caseworker's override, if any. Personal.")
            .Resolve(ctx => Reveal(ctx, "riskOverride", h => h.RiskOverrideLevel is null ? null : h));
        household.Field<RiskExplanationType>("riskExplanation").Description("Why it scores what it does, per dimension and indicator. Personal.")
            .Resolve(ctx =>
            {
                var models = ctx.Service<RiskModels>();
                return GuardedResult.After(
                    ctx.Service<PersonalDataGuard>().Reveal(ctx.Source.Id, "riskExplanation", view => view.Household),
                    async (fresh, ct) => fresh.RiskModelVersion is { } version && await models.VersionAsync(version, ct) is { } model
                        ? RiskExplanation.Of(fresh, model) : null);
            });
        household.Field<NonNullGraphType<ListGraphType<NonNullGraphType<HouseholdRiskChangeType>>>>("riskHistory")
            .Description("Every change of its score or levels, newest first. Personal.")
            .Resolve(ctx => GuardedResult.After(
                ctx.Service<PersonalDataGuard>().Reveal(ctx.Source.Id, "riskHistory", _ => true),
                ctx.Service<RiskLoaders>().History.Load(ctx.Source.Id)));
    }

    private static IDataLoaderResult<T> Reveal<T>(IResolveFieldContext<Household> ctx, string field, Func<Household, T> read) =>
        ctx.Service<PersonalDataGuard>().Reveal(ctx.Source.Id, field, (HouseholdPersonalView view) => read(view.Household));
}

/// <summary>Per-request batch loaders of the risk feature.</summary>
public sealed class RiskLoaders(KeyedReads reads)
{
    private static readonly Key<HouseholdRiskChange, Guid> ByHouseholdKey = new(c => c.HouseholdId);

    public BatchLoader<Guid, IReadOnlyList<HouseholdRiskChange>> History { get; } =
        BatchLoaders.ByForeignKey(reads, ByHouseholdKey, rows => rows.OrderByDescending(c => c.At).ThenByDescending(c => c.Id));
}
