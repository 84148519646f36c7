using Marketplace.Core.Needs;
using NpgsqlTypes;

namespace Marketplace.Bench.Data;

internal sealed record NeedRow(
    Guid Id, HouseholdRow Household, Category Category, string Summary, string? PrivateDescription, int? Quantity,
    Urgency Urgency, DateOnly? DueDate, bool IsRecurring, NeedStatus Status, DateTimeOffset ReportedAt, string ReportedBy,
    DateTimeOffset? VerifiedAt, string? ClaimedBy, DateTimeOffset? ClaimedAt, DateTimeOffset? ClearedAt,
    string? ClearanceNote, string? CancellationReason, DateTimeOffset LastActivityAt);

/// <summary>
/// Needs of randomly chosen households (about five each), at the household's point, reported
/// over the last year; most still open. They come out in random order, as real needs arrive,
/// so neighbours in space are not neighbours on disk.
/// </summary>
internal static class Needs
{
    private static readonly Weighted<NeedStatus> Statuses = new(
        (NeedStatus.Reported, 35), (NeedStatus.Verified, 20), (NeedStatus.Claimed, 15), (NeedStatus.Cleared, 25), (NeedStatus.Cancelled, 5));
    private static readonly Weighted<Urgency> Urgencies = new((Urgency.Low, 20), (Urgency.Normal, 50), (Urgency.High, 22), (Urgency.Critical, 8));
    private static readonly string[] Details = ["老人行动不便，需要上门", "家中无人照看，白天独居", "收入微薄，临时困难", "孩子放学后无人辅导"];

    /// <summary>Those a match can still be suggested for: reported, verified or claimed.</summary>
    public static bool AwaitsHelp(NeedStatus status) => status is NeedStatus.Reported or NeedStatus.Verified or NeedStatus.Claimed;

    public static IEnumerable<NeedRow> Generate(IReadOnlyList<HouseholdRow> households, Weighted<Category> categories, DataSetSpec spec, List<Guid> sample)
    {
        var random = new Random(spec.Seed + 2);
        for (var i = 0; i < spec.Needs; i++)
        {
            var household = households[random.Next(households.Count)];
            var category = categories.Pick(random);
            var status = Statuses.Pick(random);
            var reportedAt = spec.Now - random.NextSpan(TimeSpan.FromDays(365));
            DateTimeOffset Later(double maxDays) => Min(reportedAt + random.NextSpan(TimeSpan.FromDays(maxDays)), spec.Now);
            DateTimeOffset? verifiedAt = status is NeedStatus.Reported or NeedStatus.Cancelled ? null : Later(3);
            var claimedAt = status is NeedStatus.Claimed or NeedStatus.Cleared ? Later(10) : (DateTimeOffset?)null;
            var closedAt = status is NeedStatus.Cleared or NeedStatus.Cancelled ? Later(60) : (DateTimeOffset?)null;
            var row = new NeedRow(
                random.NextGuid(), household, category, category.Name + "需求", random.Chance(0.3) ? Details[random.Next(Details.Length)] : null,
                random.Chance(0.7) ? random.Next(1, 11) : null, Urgencies.Pick(random),
                random.Chance(0.5) ? spec.Today.AddDays(random.Next(-30, 60)) : null, random.Chance(0.2), status, reportedAt,
                "grid." + household.CommunityCode, verifiedAt, claimedAt is null ? null : "worker." + household.CommunityCode[..9], claimedAt,
                status == NeedStatus.Cleared ? closedAt : null, status == NeedStatus.Cleared ? "已完成服务" : null,
                status == NeedStatus.Cancelled ? "需求已不存在" : null,
                Max(reportedAt, Max(verifiedAt ?? reportedAt, Max(claimedAt ?? reportedAt, closedAt ?? reportedAt))));
            // Every 61st need that still awaits help is a candidate for the measurements: spread over the city.
            if (i % 61 == 0 && AwaitsHelp(status) && sample.Count < DataSetSpec.SampleSize) sample.Add(row.Id);
            yield return row;
        }
    }

    public static TableCopy<NeedRow> Table() => new TableCopy<NeedRow>("needs")
        .Add("id", NpgsqlDbType.Uuid, n => n.Id)
        .Add("household_id", NpgsqlDbType.Uuid, n => n.Household.Id)
        .Add("category_code", NpgsqlDbType.Varchar, n => n.Category.Code)
        .Add("region_code", NpgsqlDbType.Char, n => n.Household.CommunityCode)
        .Add("location", NpgsqlDbType.Geography, n => n.Household.Location)
        .Add("public_summary", NpgsqlDbType.Varchar, n => n.Summary)
        .Add("private_description", NpgsqlDbType.Varchar, n => n.PrivateDescription)
        .Add("quantity", NpgsqlDbType.Integer, n => n.Quantity)
        .Add("unit", NpgsqlDbType.Varchar, n => n.Quantity is null ? null : n.Category.Unit)
        .Add("urgency", NpgsqlDbType.Smallint, n => (short)n.Urgency)
        .Add("due_date", NpgsqlDbType.Date, n => n.DueDate)
        .Add("is_recurring", NpgsqlDbType.Boolean, n => n.IsRecurring)
        .Add("status", NpgsqlDbType.Varchar, n => n.Status.ToString())
        .Add("reported_at", NpgsqlDbType.TimestampTz, n => n.ReportedAt)
        .Add("reported_by", NpgsqlDbType.Varchar, n => n.ReportedBy)
        // verified_at and last_activity_at come with issue 4's migration; copied when the table has them.
        .Add("verified_at", NpgsqlDbType.TimestampTz, n => n.VerifiedAt)
        .Add("last_activity_at", NpgsqlDbType.TimestampTz, n => n.LastActivityAt)
        .Add("claimed_by", NpgsqlDbType.Varchar, n => n.ClaimedBy)
        .Add("claimed_at", NpgsqlDbType.TimestampTz, n => n.ClaimedAt)
        .Add("cleared_at", NpgsqlDbType.TimestampTz, n => n.ClearedAt)
        .Add("clearance_note", NpgsqlDbType.Varchar, n => n.ClearanceNote)
        .Add("cancellation_reason", NpgsqlDbType.Varchar, n => n.CancellationReason);

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
