using System.Globalization;
using Marketplace.Core.Households;
using Marketplace.Core.Needs;

namespace Marketplace.Core.Matching;

/// <summary>
/// The score of a suggestion, out of 100, and the reasons that make it up, so that a social
/// worker can see why one resource comes before another:
/// nearness within the resource's reach (up to 40), the need's urgency (up to 25), the
/// household's risk level (up to 20), and how soon the resource lapses (up to 15: use it first).
/// </summary>
public static class MatchScore
{
    public static (double Score, IReadOnlyList<string> Reasons) Of(
        double? distanceMeters, double? reachMeters, Urgency urgency, RiskLevel risk, DateOnly? availableUntil, DateOnly today)
    {
        var reasons = new List<string>();
        double score = 0;
        if (distanceMeters is { } distance && reachMeters is { } reach)
        {
            score += 40 * Math.Clamp(1 - distance / reach, 0, 1);
            reasons.Add(Invariant($"{distance:N0} m away, within its {reach:N0} m reach"));
        }
        score += 25 * (int)urgency / (double)(int)Urgency.Critical;
        reasons.Add($"urgency {urgency.ToString().ToUpperInvariant()}");
        score += 20 * (int)risk / (double)(int)RiskLevel.High;
        reasons.Add($"household risk {risk.ToString().ToUpperInvariant()}");
        if (availableUntil is { } until)
        {
            var daysLeft = until.DayNumber - today.DayNumber;
            score += 15 * Math.Clamp(1 - daysLeft / 30.0, 0, 1);
            reasons.Add(Invariant($"available until {until:yyyy-MM-dd} ({daysLeft} days left)"));
        }
        return (Math.Round(score, 1), reasons);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
