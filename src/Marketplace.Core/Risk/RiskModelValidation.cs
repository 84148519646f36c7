using System.Text.RegularExpressions;
using Marketplace.Core.Labels;

namespace Marketplace.Core.Risk;

/// <summary>
/// A model is checked whole before it is saved: each refusal names the part to change
/// (<c>indicators[2].line</c>), so that nothing unscoreable ever becomes current.
/// </summary>
public static partial class RiskModelValidation
{
    public const int MaxIndicators = 40;
    private const decimal MaxScore = 100_000;

    public static async Task ValidateAsync(MarketplaceDbContext db, RiskModelInput input, CancellationToken cancellationToken)
    {
        if (input.MediumThreshold <= 0) throw new ValidationException($"The MEDIUM threshold is more than 0; got {input.MediumThreshold}.", "mediumThreshold");
        if (input.HighThreshold <= input.MediumThreshold)
        {
            throw new ValidationException($"The HIGH threshold ({input.HighThreshold}) is above the MEDIUM one ({input.MediumThreshold}).", "highThreshold");
        }
        if (input.HighThreshold >= MaxScore) throw new ValidationException($"A threshold is below {MaxScore}.", "highThreshold");
        if (input.Note is { Length: > 500 }) throw new ValidationException("A note has at most 500 characters.", "note");
        if (input.Indicators.Count is 0 or > MaxIndicators)
        {
            throw new ValidationException($"A model has 1 to {MaxIndicators} indicators; got {input.Indicators.Count}.", "indicators");
        }
        var lines = await db.IncomeLines.AsNoTracking().Select(l => l.Code).Distinct().ToListAsync(cancellationToken);
        var labels = await db.Labels.AsNoTracking().Where(l => l.RetiredAt == null).Select(l => l.Code).ToListAsync(cancellationToken);
        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k < input.Indicators.Count; k++)
        {
            var indicator = input.Indicators[k];
            var at = $"indicators[{k}]";
            if (!CodePattern().IsMatch(indicator.Code)) throw new ValidationException($"An indicator's code is 2 to 40 capitals, digits and underscores; got '{indicator.Code}'.", $"{at}.code");
            if (!codes.Add(indicator.Code)) throw new ValidationException($"Indicator code '{indicator.Code}' is given twice.", $"{at}.code");
            if (!CodePattern().IsMatch(indicator.Dimension)) throw new ValidationException($"A dimension is 2 to 40 capitals, digits and underscores (INCOME, HEALTH …); got '{indicator.Dimension}'.", $"{at}.dimension");
            Validation.Required(indicator.Name, $"{at}.name", "Give the indicator a name.", maxLength: 100);
            Validation.Required(indicator.NameEn, $"{at}.nameEn", "Give the indicator an English name.", maxLength: 200);
            if (indicator.Weight <= 0 || indicator.Weight >= MaxScore || decimal.Round(indicator.Weight, 2) != indicator.Weight)
            {
                throw new ValidationException($"A weight is more than 0 and below {MaxScore}, in hundredths at most; got {indicator.Weight}.", $"{at}.weight");
            }
            ValidateParameters(indicator, at, lines, labels);
        }
        var most = input.Indicators.Sum(i => i.Weight);
        if (most < input.HighThreshold)
        {
            throw new ValidationException($"All the weights together make {most}, below the HIGH threshold ({input.HighThreshold}): no household could be HIGH.", "highThreshold");
        }
    }

    private static void ValidateParameters(RiskIndicatorInput indicator, string at, IReadOnlyCollection<string> lines, IReadOnlyCollection<string> labels)
    {
        var takes = RiskMeasures.Takes(indicator.Measure);
        var given = indicator.Parameters.Given().ToList();
        if (given.FirstOrDefault(name => !takes.ContainsKey(name)) is { } unknown)
        {
            var accepted = takes.Count == 0 ? "none" : string.Join(", ", takes.Keys);
            throw new ValidationException($"{indicator.Measure} takes no parameter '{unknown}' (it takes: {accepted}).", $"{at}.parameters.{unknown}");
        }
        if (takes.FirstOrDefault(t => t.Value && !given.Contains(t.Key)) is { Key: { } missing })
        {
            throw new ValidationException($"{indicator.Measure} needs the parameter '{missing}'.", $"{at}.parameters.{missing}");
        }
        var p = indicator.Parameters;
        if (p.Line is { } line && !lines.Contains(line)) throw new ValidationException($"No income line has the code '{line}'.", $"{at}.parameters.line");
        if (p.Label is { } label && !labels.Contains(label)) throw new ValidationException($"No label of the vocabulary (in use) has the code '{label}'.", $"{at}.parameters.label");
        if (p.MinAge is < 0 or > 120) throw new ValidationException($"An age is 0 to 120; got {p.MinAge}.", $"{at}.parameters.minAge");
        if (p.MaxAge is < 0 or > 120) throw new ValidationException($"An age is 0 to 120; got {p.MaxAge}.", $"{at}.parameters.maxAge");
        var effective = RiskMeasures.WithDefaults(indicator.Measure, p);
        if (effective.MinAge > effective.MaxAge) throw new ValidationException($"minAge ({effective.MinAge}) is above maxAge ({effective.MaxAge}).", $"{at}.parameters.minAge");
        if (p.MaxGrade is < 1 or > 4) throw new ValidationException($"A disability grade is 1 (most severe) to 4; got {p.MaxGrade}.", $"{at}.parameters.maxGrade");
        if (p.MinMembers is < 1 or > 50) throw new ValidationException($"minMembers is 1 to 50; got {p.MinMembers}.", $"{at}.parameters.minMembers");
        if (p.Status is { } status && (status == Households.AssistanceStatus.None || !Enum.IsDefined(status)))
        {
            throw new ValidationException("Give one assistance status.", $"{at}.parameters.status");
        }
    }

    [GeneratedRegex("^[A-Z][A-Z0-9_]{1,39}$")]
    private static partial Regex CodePattern();
}
