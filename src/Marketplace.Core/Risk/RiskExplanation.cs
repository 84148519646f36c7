using System.Globalization;
using System.Text.Json;
using Marketplace.Core.Households;

namespace Marketplace.Core.Risk;

/// <summary>Why a household has its score: each dimension's points, each indicator met or not and the facts that decided.</summary>
public sealed record RiskExplanation(
    int Version, decimal Score, RiskLevel Level, decimal HighThreshold, decimal MediumThreshold, decimal? PerCapitaIncome,
    IReadOnlyList<RiskDimensionExplanation> Dimensions)
{
    /// <summary>The explanation of a household's stored contributions, read with the version that gave them.</summary>
    public static RiskExplanation? Of(Household household, RiskModelVersion model)
    {
        if (household.RiskContributions is not { } json || household.RiskScore is not { } score || household.ComputedRiskLevel is not { } level) return null;
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var indicators = root.GetProperty("indicators");
        var explained = model.Indicators.OrderBy(i => i.Code, StringComparer.Ordinal).Select(indicator =>
        {
            var found = indicators.TryGetProperty(indicator.Code, out var c);
            var met = found && c.GetProperty("met").GetBoolean();
            var facts = found ? c.GetProperty("facts") : default;
            return (indicator.Dimension, Explanation: new RiskIndicatorExplanation(
                indicator.Code, indicator.Name, indicator.NameEn, indicator.Measure, met, indicator.Weight, met ? indicator.Weight : 0,
                found ? RiskFacts.Describe(indicator, facts, met) : "not scored by this version"));
        });
        var dimensions = explained.GroupBy(x => x.Dimension, StringComparer.Ordinal)
            .Select(g => new RiskDimensionExplanation(g.Key, g.Sum(x => x.Explanation.Points), [.. g.Select(x => x.Explanation)]))
            .OrderByDescending(d => d.Points).ThenBy(d => d.Dimension, StringComparer.Ordinal)
            .ToList();
        decimal? perCapita = root.TryGetProperty("perCapitaIncome", out var pc) && pc.ValueKind == JsonValueKind.Number ? pc.GetDecimal() : null;
        return new RiskExplanation(model.Version, score, level, model.HighThreshold, model.MediumThreshold, perCapita, dimensions);
    }
}

public sealed record RiskDimensionExplanation(string Dimension, decimal Points, IReadOnlyList<RiskIndicatorExplanation> Indicators);

public sealed record RiskIndicatorExplanation(
    string Code, string Name, string NameEn, RiskMeasure Measure, bool Met, decimal Weight, decimal Points, string Detail);

/// <summary>The facts an indicator's statement recorded (<see cref="IndicatorSql"/>), in words: the value that decided.</summary>
internal static class RiskFacts
{
    public static string Describe(RiskIndicator indicator, JsonElement facts, bool met)
    {
        var p = RiskMeasures.ParametersOf(indicator);
        return indicator.Measure switch
        {
            RiskMeasure.IncomeBelowLine => (Number(facts, "perCapita"), Number(facts, "line")) switch
            {
                (null, _) => "no income recorded",
                (_, null) => $"no {p.Line} line for the household's district",
                var (income, line) => $"per-capita income {Format(income.Value)} {(met ? "<" : "≥")} {p.Line} {Format(line.Value)}",
            },
            RiskMeasure.Disability => Count(facts, "members") is var n and > 0
                ? $"{Members(n)} with a disability of grade {p.MaxGrade} or more severe (most severe: grade {Number(facts, "mostSevereGrade")})"
                : $"no member with a disability of grade {p.MaxGrade} or more severe",
            RiskMeasure.ChronicIllness => $"{Members(Count(facts, "members"))} with a chronic illness (counts from {p.MinMembers})",
            RiskMeasure.ElderlyLivingAlone => Count(facts, "members") is var n and > 0
                ? $"{Members(n)} aged {p.MinAge}+ living alone (oldest {Number(facts, "oldestAge")})"
                : $"no member aged {p.MinAge}+ living alone",
            RiskMeasure.ChildrenInDifficulty =>
                $"{(Flag(facts, "status") == true ? "holds" : "does not hold")} CHILDREN_IN_DIFFICULTY; {Count(facts, "children")} aged {p.MaxAge} or under on file"
                + (p.Label is null ? "" : $", {Count(facts, "labelled")} labelled {p.Label}"),
            RiskMeasure.WorkingAgeUnemployed => $"{Members(Count(facts, "members"))} aged {p.MinAge}–{p.MaxAge} unemployed",
            RiskMeasure.PoorHousing => facts.TryGetProperty("housing", out var h) && h.ValueKind == JsonValueKind.String
                ? $"housing {h.GetString()!.ToUpperInvariant()}" : "housing not recorded",
            RiskMeasure.NoFamilySupport => Flag(facts, "familySupport") switch
            {
                true => "has family support",
                false => "no family support",
                null => "family support not recorded",
            },
            RiskMeasure.HasLabel => $"{(Flag(facts, "household") == true ? "household" : "household not")} labelled {p.Label}; {Members(Count(facts, "members"))} labelled",
            RiskMeasure.AssistanceStatus => $"{(Flag(facts, "holds") == true ? "holds" : "does not hold")} {(p.Status is { } status ? JsonNamingPolicy.SnakeCaseUpper.ConvertName(status.ToString()) : "")}",
            _ => met ? "met" : "not met",
        };
    }

    private static decimal? Number(JsonElement facts, string name) =>
        facts.ValueKind == JsonValueKind.Object && facts.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDecimal() : null;

    private static int Count(JsonElement facts, string name) => (int)(Number(facts, name) ?? 0);

    private static bool? Flag(JsonElement facts, string name) =>
        facts.ValueKind == JsonValueKind.Object && facts.TryGetProperty(name, out var v) && v.ValueKind is JsonValueKind.True or JsonValueKind.False ? v.GetBoolean() : null;

    private static string Members(int n) => n == 1 ? "1 member" : $"{n} members";

    private static string Format(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
