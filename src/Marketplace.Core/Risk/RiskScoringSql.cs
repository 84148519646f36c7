namespace Marketplace.Core.Risk;

/// <summary>
/// A model version compiled to one statement that scores households and writes the result: the
/// score, the level, the contributions (per indicator: met, points, facts; per dimension: points),
/// the effective level (the override, else the computed one) and a history row where the score or
/// a level changed. The same text scores one household (<see cref="One"/>) or every household not
/// yet scored by this version (<see cref="All"/>): only the rows it starts from differ, so the two
/// cannot disagree. Parameters: @today (China), @now, @cause, @actor, @always (history even when
/// nothing changed: overrides), @household (one) and the indicators' own (@p0 …).
/// </summary>
public sealed class RiskScoringSql
{
    private RiskScoringSql(RiskModelVersion model)
    {
        Version = model.Version;
        var indicators = model.Indicators.OrderBy(i => i.Code, StringComparer.Ordinal).ToList();
        var parameters = new Dictionary<string, object>();
        string Parameter(object value)
        {
            var name = $"p{parameters.Count}";
            parameters[name] = value;
            return "@" + name;
        }
        var compiled = indicators.Select((indicator, k) => IndicatorSql.Of(indicator, k, Parameter)).ToList();
        var lines = compiled.Select((c, k) => c.LineCode is null ? null : $"{IncomeLineSql.Amount(Parameter(c.LineCode), "d.district")} AS l{k}")
            .OfType<string>().ToList();
        Parameters = parameters;

        var points = indicators.Select((indicator, k) => $"CASE WHEN f.m{k} THEN {IndicatorSql.Decimal(indicator.Weight)} ELSE 0 END").ToList();
        var dimensions = indicators.Select((indicator, k) => (indicator.Dimension, Points: points[k]))
            .GroupBy(x => x.Dimension, StringComparer.Ordinal)
            .Select(g => $"'{Quote(g.Key)}', {string.Join(" + ", g.Select(x => x.Points))}");
        var contributions = indicators.Select((indicator, k) =>
            $"'{Quote(indicator.Code)}', jsonb_build_object('met', f.m{k}, 'points', {points[k]}, 'facts', f.x{k})");

        _body = $"""
            members AS (
                SELECT m.household_id, count(*) AS persons{string.Concat(compiled.SelectMany(c => c.MemberAggregates).Select(a => ",\n        " + a))}
                FROM household_members m
                WHERE m.removed_at IS NULL AND m.household_id IN (SELECT id FROM target)
                GROUP BY m.household_id
            ),
            lines AS (
                SELECT d.district{string.Concat(lines.Select(l => ",\n" + l))}
                FROM (SELECT DISTINCT left(community_code, 6) AS district FROM target) d
            ),
            facts AS (
                SELECT t.*, mf.*, ln.*,
                       round(t.monthly_income / greatest(coalesce(nullif(mf.persons, 0), t.member_count), 1), 2) AS per_capita
                FROM target t
                LEFT JOIN members mf ON mf.household_id = t.id
                LEFT JOIN lines ln ON ln.district = left(t.community_code, 6)
            ),
            met AS (
                SELECT f.*{string.Concat(compiled.Select((c, k) => $",\n        coalesce({c.Met}, false) AS m{k}, {c.Facts} AS x{k}"))}
                FROM facts f
            ),
            scored AS (
                SELECT f.*, ({(points.Count == 0 ? "0" : string.Join("\n        + ", points))})::numeric(8,2) AS score,
                       jsonb_build_object({string.Join(", ", dimensions.DefaultIfEmpty("'-', 0"))}) AS dimensions,
                       jsonb_build_object({string.Join(",\n        ", contributions.DefaultIfEmpty("'-', null"))}) AS indicators
                FROM met f
            ),
            leveled AS (
                SELECT s.*, (CASE WHEN s.score >= {IndicatorSql.Decimal(model.HighThreshold)} THEN {(int)Households.RiskLevel.High}
                                  WHEN s.score >= {IndicatorSql.Decimal(model.MediumThreshold)} THEN {(int)Households.RiskLevel.Medium}
                                  ELSE {(int)Households.RiskLevel.Low} END)::smallint AS level
                FROM scored s
            ),
            updated AS (
                UPDATE households h
                SET risk_score = l.score, computed_risk_level = l.level, risk_model_version = {Version}, risk_computed_at = @now,
                    risk_contributions = jsonb_build_object('version', {Version}, 'score', l.score, 'persons', coalesce(nullif(l.persons, 0), l.member_count),
                        'perCapitaIncome', l.per_capita, 'dimensions', l.dimensions, 'indicators', l.indicators),
                    risk_level = coalesce(h.risk_override_level, l.level)
                FROM leveled l
                -- A row changed since this statement's snapshot is left alone: it was scored by
                -- whoever changed it, or is picked up by the next pass (RiskScorer).
                WHERE h.id = l.id AND h.xmin = l.row_version
                RETURNING h.id, h.community_code, h.xmin AS new_version, l.score, l.level, h.risk_level AS effective,
                          l.risk_score AS old_score, l.computed_risk_level AS old_level, l.old_effective,
                          (l.risk_contributions ->> 'perCapitaIncome')::numeric AS old_per_capita, l.per_capita
            ),
            history AS (
                INSERT INTO household_risk_history (household_id, at, score, computed_level, effective_level, model_version, cause, actor)
                SELECT u.id, @now, u.score, u.level, u.effective, {Version}, @cause, @actor
                FROM updated u
                WHERE @always OR u.old_score IS DISTINCT FROM u.score OR u.old_level IS DISTINCT FROM u.level OR u.old_effective IS DISTINCT FROM u.effective
                RETURNING id, household_id
            )
            """;
    }

    private readonly string _body;

    public int Version { get; }

    /// <summary>The indicators' own parameters (@p0 …): income line codes, labels.</summary>
    public IReadOnlyDictionary<string, object> Parameters { get; }

    public static RiskScoringSql Of(RiskModelVersion model) => new(model);

    /// <summary>
    /// Scores @household; one row: its community, the levels and per-capita incomes before and after,
    /// the history row written (if any) and the row's new version.
    /// </summary>
    public string One => $"""
        WITH target AS ({Target("h.id = @household")}),
        {_body}
        SELECT u.id, u.community_code, u.old_level, u.level, u.old_effective, u.effective, u.old_per_capita, u.per_capita, hi.id, u.new_version, u.score
        FROM updated u LEFT JOIN history hi ON hi.household_id = u.id
        """;

    /// <summary>Scores every household not scored by this version; one row: how many it meant to, how many it did, history rows written.</summary>
    public string All => $"""
        WITH target AS ({Target($"h.risk_model_version IS DISTINCT FROM {Version}")}),
        {_body}
        SELECT (SELECT count(*) FROM target), (SELECT count(*) FROM updated), (SELECT count(*) FROM history)
        """;

    private static string Target(string condition) => $"""

            SELECT h.id, h.xmin AS row_version, h.community_code, h.member_count, h.monthly_income, h.housing_condition,
                   h.has_family_support, h.labels, h.assistance_status, h.risk_score, h.computed_risk_level, h.risk_contributions,
                   -- What the level was: a command editing the file may have written risk_level already.
                   coalesce(h.risk_override_level, h.computed_risk_level) AS old_effective
            FROM households h
            WHERE h.merged_into_id IS NULL AND {condition}
        """;

    // Codes are validated to capitals, digits and underscores; quoting anyway keeps the text SQL whatever they hold.
    private static string Quote(string text) => text.Replace("'", "''", StringComparison.Ordinal);
}
