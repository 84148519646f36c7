namespace Marketplace.Core.Risk;

/// <summary>A new version of the risk model, as an admin publishes it.</summary>
public sealed record RiskModelInput(decimal HighThreshold, decimal MediumThreshold, string? Note, IReadOnlyList<RiskIndicatorInput> Indicators);

public sealed record RiskIndicatorInput(
    string Code, string Dimension, string Name, string NameEn, RiskMeasure Measure, decimal Weight, RiskParameters Parameters);
