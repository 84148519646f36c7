using Marketplace.Core.Households;
using Marketplace.Core.Matching;
using Marketplace.Core.Needs;

namespace Marketplace.Tests.Matching;

/// <summary>The score alone: each reason's points, worked by hand, and that they add up to the score.</summary>
public sealed class MatchScoreTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Fact]
    public void Each_reason_carries_its_points_and_figures_and_the_points_add_up_to_the_score()
    {
        var (score, reasons) = MatchScore.Of(500, 2_000, Urgency.High, RiskLevel.Medium, Today.AddDays(10), Today);

        Assert.Equal(
            [
                (SuggestionReasonKind.Distance, 30.0),       // 40 × (1 − 500/2,000)
                (SuggestionReasonKind.Urgency, 16.7),        // 25 × 2/3
                (SuggestionReasonKind.HouseholdRisk, 10.0),  // 20 × 1/2
                (SuggestionReasonKind.Expiry, 10.0),         // 15 × (1 − 10/30)
            ],
            reasons.Select(r => (r.Kind, r.Points)));
        Assert.Equal(66.7, score);
        Assert.Equal((500.0, 2_000.0), (reasons[0].DistanceMeters, reasons[0].ReachMeters));
        Assert.Equal("500 m away, within its 2,000 m reach", reasons[0].Text);
        Assert.Equal(Urgency.High, reasons[1].Urgency);
        Assert.Equal(RiskLevel.Medium, reasons[2].RiskLevel);
        Assert.Equal((Today.AddDays(10), 10), (reasons[3].Date, reasons[3].Days));
        Assert.Equal("available until 2026-12-03 (10 days left)", reasons[3].Text);
    }

    [Fact]
    public void A_household_risk_the_viewer_may_not_know_neither_shows_nor_counts()
    {
        var (score, reasons) = MatchScore.Of(500, 2_000, Urgency.High, risk: null, availableUntil: null, Today);

        Assert.DoesNotContain(reasons, r => r.Kind == SuggestionReasonKind.HouseholdRisk || r.RiskLevel is not null);
        Assert.Equal(46.7, score);
        Assert.Equal(score, reasons.Sum(r => r.Points), precision: 6);
    }

    [Fact]
    public void Every_kind_of_reason_says_itself_in_the_English_words_clients_have_read_since_the_first_release()
    {
        SuggestionReason[] oneOfEachKind =
        [
            SuggestionReason.Nearness(500, 2_000, 30),
            SuggestionReason.Of(Urgency.High, 16.7),
            SuggestionReason.Of(RiskLevel.Medium, 10),
            SuggestionReason.Lapses(Today.AddDays(10), 10, 10),
            SuggestionReason.OverdueSince(Today.AddDays(-3)),
            SuggestionReason.Left(3, "份"),
            SuggestionReason.InProjectTarget,
            SuggestionReason.PlacesLeftInProject(4),
        ];

        Assert.Equal(Enum.GetValues<SuggestionReasonKind>(), oneOfEachKind.Select(r => r.Kind));
        Assert.Equal(
            [
                "500 m away, within its 2,000 m reach",
                "urgency HIGH",
                "household risk MEDIUM",
                "available until 2026-12-03 (10 days left)",
                "overdue since 2026-11-20",
                "3 份 left",
                "the need's community is in the project's target regions",
                "4 household places left",
            ],
            oneOfEachKind.Select(r => r.Text));
    }
}
