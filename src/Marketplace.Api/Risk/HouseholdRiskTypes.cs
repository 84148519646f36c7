using Marketplace.Api.Households;
using Marketplace.Core.Households;
using Marketplace.Core.Risk;

namespace Marketplace.Api.Risk;

public sealed class RiskOverrideType : ObjectGraphType<Household>
{
    public RiskOverrideType()
    {
        Name = "RiskOverride";
        Description = "A caseworker's override of the computed level: what matching, allocation and the office use instead of it.";
        Field<NonNullGraphType<RiskLevelType>>("level").Resolve(ctx => ctx.Source.RiskOverrideLevel);
        Field<NonNullGraphType<StringGraphType>>("reason").Resolve(ctx => ctx.Source.RiskOverrideReason);
        Field<NonNullGraphType<StringGraphType>>("by").Description("The login of who overrode it.").Resolve(ctx => ctx.Source.RiskOverriddenBy);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Resolve(ctx => ctx.Source.RiskOverriddenAt);
    }
}

public sealed class RiskExplanationType : ObjectGraphType<RiskExplanation>
{
    public RiskExplanationType()
    {
        Name = "RiskExplanation";
        Description = "Why the household has its computed score: each dimension's points, each indicator met or not, with the value that decided.";
        Field(x => x.Version).Description("The model version that scored it.");
        Field<NonNullGraphType<FloatGraphType>>("score").Resolve(ctx => (double)ctx.Source.Score);
        Field<NonNullGraphType<RiskLevelType>>("level").Description("The computed level.").Resolve(ctx => ctx.Source.Level);
        Field<NonNullGraphType<FloatGraphType>>("highThreshold").Resolve(ctx => (double)ctx.Source.HighThreshold);
        Field<NonNullGraphType<FloatGraphType>>("mediumThreshold").Resolve(ctx => (double)ctx.Source.MediumThreshold);
        Field<FloatGraphType>("perCapitaIncome").Description("Monthly income over the members; null when no income is recorded.")
            .Resolve(ctx => (double?)ctx.Source.PerCapitaIncome);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RiskDimensionType>>>>("dimensions")
            .Description("The dimensions that score most first.").Resolve(ctx => ctx.Source.Dimensions);
    }
}

public sealed class RiskDimensionType : ObjectGraphType<RiskDimensionExplanation>
{
    public RiskDimensionType()
    {
        Name = "RiskDimensionContribution";
        Field(x => x.Dimension);
        Field<NonNullGraphType<FloatGraphType>>("points").Resolve(ctx => (double)ctx.Source.Points);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RiskIndicatorContributionType>>>>("indicators").Resolve(ctx => ctx.Source.Indicators);
    }
}

public sealed class RiskIndicatorContributionType : ObjectGraphType<RiskIndicatorExplanation>
{
    public RiskIndicatorContributionType()
    {
        Name = "RiskIndicatorContribution";
        Field(x => x.Code);
        Field(x => x.Name);
        Field(x => x.NameEn);
        Field<NonNullGraphType<RiskMeasureType>>("measure").Resolve(ctx => ctx.Source.Measure);
        Field(x => x.Met);
        Field<NonNullGraphType<FloatGraphType>>("weight").Resolve(ctx => (double)ctx.Source.Weight);
        Field<NonNullGraphType<FloatGraphType>>("points").Description("The weight when met, else 0.").Resolve(ctx => (double)ctx.Source.Points);
        Field(x => x.Detail).Description("The value that decided, e.g. \"per-capita income 812 < MINIMUM_LIVING 945\".");
    }
}

public sealed class HouseholdRiskChangeType : ObjectGraphType<HouseholdRiskChange>
{
    public HouseholdRiskChangeType()
    {
        Name = "HouseholdRiskChange";
        Description = "The household's score or level as it changed.";
        Field(x => x.At);
        Field<NonNullGraphType<FloatGraphType>>("score").Resolve(ctx => (double)ctx.Source.Score);
        Field<NonNullGraphType<RiskLevelType>>("computedLevel").Resolve(ctx => ctx.Source.ComputedLevel);
        Field<NonNullGraphType<RiskLevelType>>("effectiveLevel").Description("The override when there was one, else the computed level.").Resolve(ctx => ctx.Source.EffectiveLevel);
        Field(x => x.ModelVersion);
        Field(x => x.Cause).Description("What changed it: the command (updateHousehold, overrideRiskLevel …), publishRiskModel, or the sweep.");
        Field(x => x.Actor, nullable: true).Description("Who acted; null for the sweep.");
    }
}
