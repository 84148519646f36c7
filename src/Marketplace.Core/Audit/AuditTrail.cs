using System.Text.Json;
using System.Text.Json.Serialization;

namespace Marketplace.Core.Audit;

/// <summary>How an administrative command records itself: in its own transaction, so that no act goes unrecorded and no record outlives a refused act.</summary>
public static class AuditTrail
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>Records <paramref name="action"/> on a record, with the fields it changed before and after (any object, written as JSON).</summary>
    public static void Audit(this CommandContext c, string action, string subjectType, object subjectId, object? before, object? after) =>
        c.Db.AuditEntries.Add(new AuditEntry
        {
            At = c.Now,
            Actor = c.Viewer.Login,
            Action = action,
            SubjectType = subjectType,
            SubjectId = Convert.ToString(subjectId, System.Globalization.CultureInfo.InvariantCulture) ?? "",
            Before = before is null ? null : JsonSerializer.Serialize(before, Json),
            After = after is null ? null : JsonSerializer.Serialize(after, Json),
        });
}
