using Marketplace.Api.Households;
using Marketplace.Core.Risk;

namespace Marketplace.Api.Risk;

public sealed class RiskMeasureType : EnumerationGraphType<RiskMeasure>
{
    public RiskMeasureType() => Description = "What an indicator measures in a household's file; each takes the parameters its description names.";
}

public sealed class RiskModelType : ObjectGraphType<RiskModelVersion>
{
    public RiskModelType()
    {
        Name = "RiskModel";
        Description = "A version of the risk model (困境评估模型): indicators in dimensions, with weights; a household scoring at least a threshold is at that level.";
        Field(x => x.Version);
        Field(x => x.CreatedAt);
        Field(x => x.CreatedBy);
        Field(x => x.Note, nullable: true);
        Field<NonNullGraphType<FloatGraphType>>("highThreshold").Description("A score at or above this is HIGH (高困境).").Resolve(ctx => (double)ctx.Source.HighThreshold);
        Field<NonNullGraphType<FloatGraphType>>("mediumThreshold").Description("At or above this, and below HIGH, MEDIUM (中困境); below, LOW.").Resolve(ctx => (double)ctx.Source.MediumThreshold);
        Field(x => x.IsCurrent).Description("Whether households are scored with this version.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RiskIndicatorType>>>>("indicators")
            .Description("By dimension, then code.")
            .Resolve(ctx => ctx.Source.Indicators.OrderBy(i => i.Dimension, StringComparer.Ordinal).ThenBy(i => i.Code, StringComparer.Ordinal).ToList());
    }
}

public sealed class RiskIndicatorType : ObjectGraphType<RiskIndicator>
{
    public RiskIndicatorType()
    {
        Name = "RiskIndicator";
        Description = "A household meeting the indicator scores its weight.";
        Field(x => x.Code);
        Field(x => x.Dimension).Description("INCOME, HEALTH, EMPLOYMENT, EDUCATION, HOUSING, SOCIAL_SUPPORT, LIVING … as the model names them.");
        Field(x => x.Name);
        Field(x => x.NameEn);
        Field<NonNullGraphType<RiskMeasureType>>("measure").Resolve(ctx => ctx.Source.Measure);
        Field<NonNullGraphType<FloatGraphType>>("weight").Resolve(ctx => (double)ctx.Source.Weight);
        Field<NonNullGraphType<RiskParametersType>>("parameters")
            .Description("As given, with the measure's defaults for those left out.")
            .Resolve(ctx => RiskMeasures.ParametersOf(ctx.Source));
    }
}

public sealed class RiskParametersType : ObjectGraphType<RiskParameters>
{
    public RiskParametersType()
    {
        Name = "RiskIndicatorParameters";
        Field(x => x.Line, nullable: true).Description("INCOME_BELOW_LINE: the income line's code (e.g. MINIMUM_LIVING).");
        Field(x => x.Label, nullable: true).Description("HAS_LABEL, CHILDREN_IN_DIFFICULTY: a label of the vocabulary.");
        Field<AssistanceStatusType>("status").Description("ASSISTANCE_STATUS: the status held.").Resolve(ctx => ctx.Source.Status);
        Field(x => x.MinAge, nullable: true).Description("ELDERLY_LIVING_ALONE (70), WORKING_AGE_UNEMPLOYED (16): whole years, included.");
        Field(x => x.MaxAge, nullable: true).Description("CHILDREN_IN_DIFFICULTY (17), WORKING_AGE_UNEMPLOYED (59): whole years, included.");
        Field(x => x.MaxGrade, nullable: true).Description("DISABILITY: the least severe grade that counts (2: grades 1 and 2, 重度).");
        Field(x => x.MinMembers, nullable: true).Description("CHRONIC_ILLNESS: how many members with one make it met (1).");
    }
}
