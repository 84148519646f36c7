namespace Marketplace.Core.Risk;

/// <summary>
/// What each measure takes (a parameter it does not take is refused when a model is saved) and
/// the defaults of those left out: one place, read by validation, scoring and explanation alike.
/// </summary>
public static class RiskMeasures
{
    /// <summary>Under 18 is a child.</summary>
    public const int ChildMaxAge = 17;
    public const int ElderlyMinAge = 70;
    public const int WorkingMinAge = 16;
    public const int WorkingMaxAge = 59;
    /// <summary>Grades 1 and 2 are "severe" (重度) on the disability certificate.</summary>
    public const int SevereGrade = 2;

    /// <summary>The parameters a measure takes, each with whether it must be given.</summary>
    public static IReadOnlyDictionary<string, bool> Takes(RiskMeasure measure) => measure switch
    {
        RiskMeasure.IncomeBelowLine => new Dictionary<string, bool> { ["line"] = true },
        RiskMeasure.Disability => new Dictionary<string, bool> { ["maxGrade"] = false },
        RiskMeasure.ChronicIllness => new Dictionary<string, bool> { ["minMembers"] = false },
        RiskMeasure.ElderlyLivingAlone => new Dictionary<string, bool> { ["minAge"] = false },
        RiskMeasure.ChildrenInDifficulty => new Dictionary<string, bool> { ["label"] = false, ["maxAge"] = false },
        RiskMeasure.WorkingAgeUnemployed => new Dictionary<string, bool> { ["minAge"] = false, ["maxAge"] = false },
        RiskMeasure.HasLabel => new Dictionary<string, bool> { ["label"] = true },
        RiskMeasure.AssistanceStatus => new Dictionary<string, bool> { ["status"] = true },
        RiskMeasure.PoorHousing or RiskMeasure.NoFamilySupport => new Dictionary<string, bool>(),
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, null),
    };

    /// <summary>The parameters with the measure's defaults filled in.</summary>
    public static RiskParameters WithDefaults(RiskMeasure measure, RiskParameters given) => measure switch
    {
        RiskMeasure.Disability => given with { MaxGrade = given.MaxGrade ?? SevereGrade },
        RiskMeasure.ChronicIllness => given with { MinMembers = given.MinMembers ?? 1 },
        RiskMeasure.ElderlyLivingAlone => given with { MinAge = given.MinAge ?? ElderlyMinAge },
        RiskMeasure.ChildrenInDifficulty => given with { MaxAge = given.MaxAge ?? ChildMaxAge },
        RiskMeasure.WorkingAgeUnemployed => given with { MinAge = given.MinAge ?? WorkingMinAge, MaxAge = given.MaxAge ?? WorkingMaxAge },
        _ => given,
    };

    public static RiskParameters ParametersOf(RiskIndicator indicator) =>
        WithDefaults(indicator.Measure, RiskParameters.FromJson(indicator.Parameters));
}
