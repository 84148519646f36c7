using System.Text.Json;
using System.Text.Json.Serialization;
using Marketplace.Core.Households;

namespace Marketplace.Core.Risk;

/// <summary>
/// The parameters of an indicator's measure, typed: what <see cref="RiskIndicator.Parameters"/>
/// holds as JSON (e.g. {"line":"MINIMUM_LIVING"}, {"minAge":70}). A measure takes some of them
/// (<see cref="RiskMeasures"/>); ages are whole years, both ends included.
/// </summary>
public sealed record RiskParameters
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper) },
    };

    /// <summary>An income line's code (<see cref="IncomeLine.Code"/>).</summary>
    public string? Line { get; init; }

    /// <summary>A label's code of the managed vocabulary.</summary>
    public string? Label { get; init; }

    public AssistanceStatus? Status { get; init; }
    public int? MinAge { get; init; }
    public int? MaxAge { get; init; }

    /// <summary>The most severe disability grade is 1; this is the least severe that counts.</summary>
    public int? MaxGrade { get; init; }

    public int? MinMembers { get; init; }

    /// <summary>The names given, as in JSON: what a measure that does not take one is refused for.</summary>
    public IEnumerable<string> Given()
    {
        if (Line is not null) yield return "line";
        if (Label is not null) yield return "label";
        if (Status is not null) yield return "status";
        if (MinAge is not null) yield return "minAge";
        if (MaxAge is not null) yield return "maxAge";
        if (MaxGrade is not null) yield return "maxGrade";
        if (MinMembers is not null) yield return "minMembers";
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static RiskParameters FromJson(string? json) =>
        string.IsNullOrWhiteSpace(json) ? new RiskParameters() : JsonSerializer.Deserialize<RiskParameters>(json, Json) ?? new RiskParameters();
}
