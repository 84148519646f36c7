using Marketplace.Api.Households;
using Marketplace.Api.Needs;
using Marketplace.Core.Matching;

namespace Marketplace.Api.Matching;

public sealed class SuggestionReasonKindType : EnumerationGraphType<SuggestionReasonKind>
{
    public SuggestionReasonKindType() =>
        Description = "DISTANCE (up to 40 points), URGENCY (25), HOUSEHOLD_RISK (20), EXPIRY (15) make the score; "
            + "OVERDUE, CAPACITY_LEFT, PROJECT_TARGET and PLACES_LEFT only inform.";
}

/// <summary>A reason with its points and figures, so that a client can say it in its reader's language.</summary>
public sealed class SuggestionReasonType : ObjectGraphType<SuggestionReason>
{
    public SuggestionReasonType()
    {
        Name = "SuggestionReason";
        Description = "One reason behind a suggestion's score: its points (they add up to the score) and the figures in it.";
        Field<NonNullGraphType<SuggestionReasonKindType>>("kind").Resolve(ctx => ctx.Source.Kind);
        Field(x => x.Points).Description("What this reason adds to the score; 0 for those that only inform.");
        Field(x => x.Text).Description("The reason in English words, as in 'reasons'.");
        Field(x => x.DistanceMeters, nullable: true).Description("DISTANCE: geodesic metres from the household to the resource.");
        Field(x => x.ReachMeters, nullable: true).Description("DISTANCE: the resource's service radius in metres.");
        Field<UrgencyType>("urgency").Description("URGENCY: the need's.").Resolve(ctx => ctx.Source.Urgency);
        Field<RiskLevelType>("riskLevel").Description("HOUSEHOLD_RISK: the household's.").Resolve(ctx => ctx.Source.RiskLevel);
        Field<DateOnlyGraphType>("date").Description("EXPIRY: the last day of the resource or project; OVERDUE: the need's due date.").Resolve(ctx => ctx.Source.Date);
        Field(x => x.Days, nullable: true).Description("EXPIRY: days from today (China time) to 'date'.");
        Field(x => x.Quantity, nullable: true).Description("CAPACITY_LEFT: units the resource has left; PLACES_LEFT: household places the project has left.");
        Field(x => x.Unit, nullable: true).Description("CAPACITY_LEFT: the resource's unit, as its organisation wrote it.");
    }
}

public static class SuggestionReasonFields
{
    private static readonly int MaxReasons = Enum.GetValues<SuggestionReasonKind>().Length;

    /// <summary>'reasons' in English words, as they always were, and 'reasonDetails' beside them.</summary>
    public static void AddReasonFields<T>(this ObjectGraphType<T> type, Func<T, IReadOnlyList<SuggestionReason>> reasonsOf)
    {
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("reasons")
            .Description("The reasons in English words; 'reasonDetails' has them with their points and figures.")
            .Resolve(ctx => reasonsOf(ctx.Source).Select(r => r.Text));
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SuggestionReasonType>>>>("reasonDetails")
            .Description("The reasons one by one, in the order of 'reasons', with the points each adds to the score.")
            // At most eight kinds, one of each: not the analyser's default guess for a list.
            .WithComplexityImpact(1, MaxReasons)
            .Resolve(ctx => reasonsOf(ctx.Source));
    }
}
