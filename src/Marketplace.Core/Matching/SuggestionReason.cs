using System.Globalization;
using Marketplace.Core.Households;
using Marketplace.Core.Needs;

namespace Marketplace.Core.Matching;

/// <summary>What a reason behind a suggestion is about.</summary>
public enum SuggestionReasonKind
{
    /// <summary>How near the household is within the resource's reach: up to 40 points.</summary>
    Distance,

    /// <summary>The need's urgency: up to 25 points.</summary>
    Urgency,

    /// <summary>The household's risk level: up to 20 points.</summary>
    HouseholdRisk,

    /// <summary>How soon the resource or project lapses (use it first): up to 15 points.</summary>
    Expiry,

    /// <summary>The need is past its due date. Informs, scores nothing.</summary>
    Overdue,

    /// <summary>What the resource has left. Informs, scores nothing.</summary>
    CapacityLeft,

    /// <summary>The need's community is in the project's target regions. Informs, scores nothing.</summary>
    ProjectTarget,

    /// <summary>Household places the project has left. Informs, scores nothing.</summary>
    PlacesLeft,
}

/// <summary>
/// One reason behind a suggestion: the points it adds to the score (0 for those that only
/// inform), the figures in it, for a client to say it in its reader's language, and the same in
/// English words (<see cref="Text"/>). The points of a suggestion's reasons add up to its score.
/// </summary>
public sealed record SuggestionReason(SuggestionReasonKind Kind, double Points)
{
    public double? DistanceMeters { get; init; }
    public double? ReachMeters { get; init; }
    public Urgency? Urgency { get; init; }
    public RiskLevel? RiskLevel { get; init; }

    /// <summary>The day the resource or project lapses, or the need's due date when overdue.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>Days until <see cref="Date"/> (Expiry).</summary>
    public int? Days { get; init; }

    /// <summary>What is left: units of the resource, or household places of the project.</summary>
    public int? Quantity { get; init; }

    public string? Unit { get; init; }

    /// <summary>
    /// The reason in English words, said from its figures when asked for: ranking looks at three
    /// candidates for every suggestion it answers, and formatting the words of them all took some
    /// 3 % of a suggestion's CPU in the API (perf, under make bench's load).
    /// </summary>
    public string Text => Kind switch
    {
        SuggestionReasonKind.Distance => Invariant($"{DistanceMeters:N0} m away, within its {ReachMeters:N0} m reach"),
        SuggestionReasonKind.Urgency => $"urgency {Urgency?.ToString().ToUpperInvariant()}",
        SuggestionReasonKind.HouseholdRisk => $"household risk {RiskLevel?.ToString().ToUpperInvariant()}",
        SuggestionReasonKind.Expiry => Invariant($"available until {Date:yyyy-MM-dd} ({Days} days left)"),
        SuggestionReasonKind.Overdue => Invariant($"overdue since {Date:yyyy-MM-dd}"),
        SuggestionReasonKind.CapacityLeft => Invariant($"{Quantity} {Unit} left"),
        SuggestionReasonKind.ProjectTarget => "the need's community is in the project's target regions",
        SuggestionReasonKind.PlacesLeft => Invariant($"{Quantity} household places left"),
        _ => throw new InvalidOperationException($"No words for {Kind}."),
    };

    public static SuggestionReason Nearness(double distanceMeters, double reachMeters, double points) =>
        new(SuggestionReasonKind.Distance, points) { DistanceMeters = distanceMeters, ReachMeters = reachMeters };

    public static SuggestionReason Of(Urgency urgency, double points) => new(SuggestionReasonKind.Urgency, points) { Urgency = urgency };

    public static SuggestionReason Of(RiskLevel risk, double points) => new(SuggestionReasonKind.HouseholdRisk, points) { RiskLevel = risk };

    public static SuggestionReason Lapses(DateOnly until, int daysLeft, double points) =>
        new(SuggestionReasonKind.Expiry, points) { Date = until, Days = daysLeft };

    public static SuggestionReason OverdueSince(DateOnly due) => new(SuggestionReasonKind.Overdue, 0) { Date = due };

    public static SuggestionReason Left(int quantity, string unit) => new(SuggestionReasonKind.CapacityLeft, 0) { Quantity = quantity, Unit = unit };

    public static SuggestionReason InProjectTarget { get; } = new(SuggestionReasonKind.ProjectTarget, 0);

    public static SuggestionReason PlacesLeftInProject(int places) => new(SuggestionReasonKind.PlacesLeft, 0) { Quantity = places };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
