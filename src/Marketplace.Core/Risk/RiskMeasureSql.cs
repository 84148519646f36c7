using System.Globalization;
using Marketplace.Core.Households;
using Marketplace.Core.Households.Members;

namespace Marketplace.Core.Risk;

/// <summary>
/// One indicator as SQL over a household's row <c>f</c> (its columns, <c>per_capita</c> and the
/// aggregates below): whether it holds, and the facts that decided it as a JSON object, which the
/// explanation reads back. Member conditions are aggregates over the household's current members
/// (<c>m</c>), computed for all households at once; ages are taken on <c>@today</c>, China time.
/// </summary>
internal sealed record IndicatorSql(string Met, string Facts, IReadOnlyList<string> MemberAggregates, string? LineCode)
{
    public static IndicatorSql Of(RiskIndicator indicator, int k, Func<object, string> parameter)
    {
        var p = RiskMeasures.ParametersOf(indicator);
        string a = $"f.a{k}", b = $"f.b{k}";
        return indicator.Measure switch
        {
            RiskMeasure.IncomeBelowLine => new(
                $"f.per_capita < f.l{k}", $"jsonb_build_object('perCapita', f.per_capita, 'line', f.l{k})", [], p.Line),
            RiskMeasure.Disability => Members(
                $"{a} > 0", $"jsonb_build_object('members', coalesce({a}, 0), 'mostSevereGrade', {b})",
                $"count(*) FILTER (WHERE m.disability_grade <= {Int(p.MaxGrade)}) AS a{k}", $"min(m.disability_grade) AS b{k}"),
            RiskMeasure.ChronicIllness => Members(
                $"{a} >= {Int(p.MinMembers)}", $"jsonb_build_object('members', coalesce({a}, 0))",
                $"count(*) FILTER (WHERE btrim(m.chronic_illness) <> '') AS a{k}"),
            RiskMeasure.ElderlyLivingAlone => Members(
                $"{a} > 0", $"jsonb_build_object('members', coalesce({a}, 0), 'oldestAge', {b})",
                $"count(*) FILTER (WHERE m.lives_alone AND {AgedAtLeast(p.MinAge)}) AS a{k}",
                $"max({Age}) FILTER (WHERE m.lives_alone AND {AgedAtLeast(p.MinAge)}) AS b{k}"),
            RiskMeasure.ChildrenInDifficulty => Members(
                $"{Holds(AssistanceStatus.ChildrenInDifficulty)} OR {b} > 0",
                $"jsonb_build_object('status', {Holds(AssistanceStatus.ChildrenInDifficulty)}, 'children', coalesce({a}, 0), 'labelled', coalesce({b}, 0))",
                $"count(*) FILTER (WHERE {AgedAtMost(p.MaxAge)}) AS a{k}",
                p.Label is null ? $"0 AS b{k}" : $"count(*) FILTER (WHERE {AgedAtMost(p.MaxAge)} AND {parameter(p.Label)} = ANY(m.labels)) AS b{k}"),
            RiskMeasure.WorkingAgeUnemployed => Members(
                $"{a} > 0", $"jsonb_build_object('members', coalesce({a}, 0))",
                $"count(*) FILTER (WHERE m.employment_status = '{EmploymentStatus.Unemployed}' "
                + $"AND (m.birth_date IS NULL OR ({AgedAtLeast(p.MinAge)} AND {AgedAtMost(p.MaxAge)}))) AS a{k}"),
            RiskMeasure.PoorHousing => new(
                $"f.housing_condition IN ('{HousingCondition.Poor}', '{HousingCondition.Unsafe}')", "jsonb_build_object('housing', f.housing_condition)", [], null),
            RiskMeasure.NoFamilySupport => new(
                "NOT f.has_family_support", "jsonb_build_object('familySupport', f.has_family_support)", [], null),
            RiskMeasure.HasLabel => HasLabel(parameter(p.Label!), k),
            RiskMeasure.AssistanceStatus => new(
                Holds(p.Status!.Value), $"jsonb_build_object('holds', {Holds(p.Status.Value)})", [], null),
            _ => throw new ArgumentOutOfRangeException(nameof(indicator), indicator.Measure, null),
        };
    }

    private const string Age = "extract(year FROM age(@today::timestamp, m.birth_date::timestamp))::int";

    private static IndicatorSql Members(string met, string facts, params string[] aggregates) => new(met, facts, aggregates, null);

    private static IndicatorSql HasLabel(string label, int k) => Members(
        $"{label} = ANY(f.labels) OR f.a{k} > 0", $"jsonb_build_object('household', {label} = ANY(f.labels), 'members', coalesce(f.a{k}, 0))",
        $"count(*) FILTER (WHERE {label} = ANY(m.labels)) AS a{k}");

    private static string Holds(AssistanceStatus status) => $"(f.assistance_status & {(int)status}) <> 0";

    /// <summary>Born on or before this day that many years ago: at least that old today.</summary>
    private static string AgedAtLeast(int? years) => $"m.birth_date <= (@today - {Int(years)} * interval '1 year')::date";

    /// <summary>Born after the day one more year ago: at most that old today.</summary>
    private static string AgedAtMost(int? years) => $"m.birth_date > (@today - {Int(years) + 1} * interval '1 year')::date";

    private static int Int(int? value) => value ?? throw new InvalidOperationException("A measure's parameter has no default.");

    public static string Decimal(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
