using Marketplace.Core.Households;
using Marketplace.Core.Needs;

namespace Marketplace.Core.Matching;

/// <summary>
/// The score of a suggestion, out of 100, and the reasons that make it up, so that a social
/// worker can see why one resource comes before another:
/// nearness within the resource's reach (up to 40), the need's urgency (up to 25), the
/// household's risk level (up to 20), and how soon the resource lapses (up to 15: use it first).
/// Each reason carries its points, rounded to a tenth; the score is their sum. The household's
/// risk is personal data: for a viewer who may not see it, pass none, and it neither shows as a
/// reason nor counts (counted, it could be told from the score less the other reasons' points).
/// </summary>
public static class MatchScore
{
    public static (double Score, IReadOnlyList<SuggestionReason> Reasons) Of(
        double? distanceMeters, double? reachMeters, Urgency urgency, RiskLevel? risk, DateOnly? availableUntil, DateOnly today)
    {
        var reasons = new List<SuggestionReason>();
        if (distanceMeters is { } distance && reachMeters is { } reach)
        {
            reasons.Add(SuggestionReason.Nearness(distance, reach, Points(40 * Math.Clamp(1 - distance / reach, 0, 1))));
        }
        reasons.Add(SuggestionReason.Of(urgency, Points(25 * (int)urgency / (double)(int)Urgency.Critical)));
        if (risk is { } level) reasons.Add(SuggestionReason.Of(level, Points(20 * (int)level / (double)(int)RiskLevel.High)));
        if (availableUntil is { } until)
        {
            var daysLeft = until.DayNumber - today.DayNumber;
            reasons.Add(SuggestionReason.Lapses(until, daysLeft, Points(15 * Math.Clamp(1 - daysLeft / 30.0, 0, 1))));
        }
        // Rounded again: tenths do not add up exactly in binary.
        return (Points(reasons.Sum(r => r.Points)), reasons);
    }

    private static double Points(double value) => Math.Round(value, 1);
}
