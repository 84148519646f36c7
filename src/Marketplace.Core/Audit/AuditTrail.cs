using System.Text.Json;
using System.Text.Json.Serialization;

namespace Marketplace.Core.Audit;

/// <summary>How an administrative command records itself: in its own transaction, so that no act goes unrecorded and no record outlives a refused act.</summary>
public static class AuditTrail
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>Records <paramref name="action"/> on a record, with the fields it changed before and after (any object, written as JSON).</summary>
    public static void Audit(this CommandContext c, string action, string subjectType, object subjectId, object? before, object? after) =>
        c.Db.Audit(c.Now, c.Viewer.Login, action, subjectType, subjectId, before, after);

    /// <summary>
    /// The same for an act of the system itself, outside a command (an account linked on sign-in):
    /// <paramref name="actor"/> names the system part, e.g. <c>system:entra</c>. Saved with the caller's transaction.
    /// </summary>
    public static void Audit(this MarketplaceDbContext db, DateTimeOffset at, string actor, string action, string subjectType, object subjectId, object? before, object? after) =>
        db.AuditEntries.Add(new AuditEntry
        {
            At = at,
            Actor = actor,
            Action = action,
            SubjectType = subjectType,
            SubjectId = Convert.ToString(subjectId, System.Globalization.CultureInfo.InvariantCulture) ?? "",
            Before = before is null ? null : JsonSerializer.Serialize(before, Json),
            After = after is null ? null : JsonSerializer.Serialize(after, Json),
        });
}
