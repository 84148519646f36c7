using System.Text.Json;
using System.Text.Json.Serialization;
using Marketplace.Core.Households;
using Marketplace.Core.Households.Events;

namespace Marketplace.Core.Warnings;

/// <summary>
/// A rule's parameters, typed: what <see cref="WarningRule.Parameters"/> holds as JSON, e.g.
/// {"to":"HIGH"}, {"kind":"HOSPITALISED"}, {"days":30,"minAge":70}, {"line":"MINIMUM_LIVING"}.
/// </summary>
public sealed record WarningRuleParameters
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper) },
    };

    /// <summary>RiskRose: the level the computed level rose to, at least (HIGH when not given).</summary>
    public RiskLevel? To { get; init; }

    /// <summary>HouseholdEvent: the kind of event.</summary>
    public HouseholdEventKind? Kind { get; init; }

    /// <summary>ElderlyAloneNotVisited: days without a visit.</summary>
    public int? Days { get; init; }

    /// <summary>ElderlyAloneNotVisited: the age from which a member living alone counts.</summary>
    public int? MinAge { get; init; }

    /// <summary>IncomeBelowLine: the income line's code.</summary>
    public string? Line { get; init; }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static WarningRuleParameters FromJson(string? json) =>
        string.IsNullOrWhiteSpace(json) ? new WarningRuleParameters() : JsonSerializer.Deserialize<WarningRuleParameters>(json, Json) ?? new WarningRuleParameters();
}
