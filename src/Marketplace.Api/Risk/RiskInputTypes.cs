using Marketplace.Api.Households;
using Marketplace.Core.Households;
using Marketplace.Core.Risk;

namespace Marketplace.Api.Risk;

public sealed class RiskModelArguments
{
    public double HighThreshold { get; set; }
    public double MediumThreshold { get; set; }
    public string? Note { get; set; }
    public List<RiskIndicatorArguments> Indicators { get; set; } = [];

    public RiskModelInput ToInput() => new((decimal)HighThreshold, (decimal)MediumThreshold, Note, [.. Indicators.Select(i => i.ToInput())]);
}

public sealed class RiskIndicatorArguments
{
    public string Code { get; set; } = "";
    public string Dimension { get; set; } = "";
    public string Name { get; set; } = "";
    public string NameEn { get; set; } = "";
    public RiskMeasure Measure { get; set; }
    public double Weight { get; set; }
    public RiskParametersArguments? Parameters { get; set; }

    public RiskIndicatorInput ToInput() => new(Code.Trim(), Dimension.Trim(), Name, NameEn, Measure, (decimal)Weight, Parameters?.ToParameters() ?? new RiskParameters());
}

public sealed class RiskParametersArguments
{
    public string? Line { get; set; }
    public string? Label { get; set; }
    public AssistanceStatus? Status { get; set; }
    public int? MinAge { get; set; }
    public int? MaxAge { get; set; }
    public int? MaxGrade { get; set; }
    public int? MinMembers { get; set; }

    public RiskParameters ToParameters() => new()
    {
        Line = Line?.Trim(), Label = Label?.Trim(), Status = Status, MinAge = MinAge, MaxAge = MaxAge, MaxGrade = MaxGrade, MinMembers = MinMembers,
    };
}

public sealed class RiskModelInputType : InputObjectGraphType<RiskModelArguments>
{
    public RiskModelInputType()
    {
        Name = "RiskModelInput";
        Description = "A new version of the risk model, checked whole before it is saved (VALIDATION names the part: indicators[2].parameters.line).";
        Field<NonNullGraphType<FloatGraphType>>("highThreshold");
        Field<NonNullGraphType<FloatGraphType>>("mediumThreshold");
        Field<StringGraphType>("note").Description("What changed and why (at most 500 characters).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RiskIndicatorInputType>>>>("indicators").Description($"1 to {RiskModelValidation.MaxIndicators}.");
    }
}

public sealed class RiskIndicatorInputType : InputObjectGraphType<RiskIndicatorArguments>
{
    public RiskIndicatorInputType()
    {
        Name = "RiskIndicatorInput";
        Field<NonNullGraphType<StringGraphType>>("code").Description("Capitals, digits and underscores, unique in the model.");
        Field<NonNullGraphType<StringGraphType>>("dimension").Description("Capitals, digits and underscores: INCOME, HEALTH …");
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<NonNullGraphType<StringGraphType>>("nameEn");
        Field<NonNullGraphType<RiskMeasureType>>("measure");
        Field<NonNullGraphType<FloatGraphType>>("weight").Description("Points a household meeting it scores: more than 0, in hundredths at most.");
        Field<RiskParametersInputType>("parameters").Description("Only those the measure takes.");
    }
}

public sealed class RiskParametersInputType : InputObjectGraphType<RiskParametersArguments>
{
    public RiskParametersInputType()
    {
        Name = "RiskIndicatorParametersInput";
        Field<StringGraphType>("line").Description("INCOME_BELOW_LINE (required): an income line's code.");
        Field<StringGraphType>("label").Description("HAS_LABEL (required), CHILDREN_IN_DIFFICULTY: a label of the vocabulary in use.");
        Field<AssistanceStatusType>("status").Description("ASSISTANCE_STATUS (required).");
        Field<IntGraphType>("minAge").Description("ELDERLY_LIVING_ALONE, WORKING_AGE_UNEMPLOYED.");
        Field<IntGraphType>("maxAge").Description("CHILDREN_IN_DIFFICULTY, WORKING_AGE_UNEMPLOYED.");
        Field<IntGraphType>("maxGrade").Description("DISABILITY: 1 to 4.");
        Field<IntGraphType>("minMembers").Description("CHRONIC_ILLNESS.");
    }
}
