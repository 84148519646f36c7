using System.Buffers.Text;
using System.Globalization;
using System.Text;
using NetTopologySuite.Geometries;

namespace Marketplace.Core.Common.Paging;

/// <summary>
/// Opaque keyset cursors: the sort keys of the last item seen, tagged with the ordering they
/// belong to so that a cursor from one ordering is refused by another instead of skipping rows.
/// </summary>
public static class Cursor
{
    private const char Separator = '|';

    public static string Encode(string ordering, params object[] keys)
    {
        var parts = keys.Select(Format).Prepend(ordering);
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Join(Separator, parts)));
    }

    /// <summary>
    /// The tag of a nearest-first ordering: a distance only means something from the centre it was
    /// measured from (and by the same measure), so a cursor from another centre is refused rather
    /// than skipping rows.
    /// </summary>
    public static string NearestTag(string ordering, Point centre, bool approximate = false) =>
        FormattableString.Invariant($"{ordering}@{centre.Y:R},{centre.X:R}{(approximate ? "~" : "")}");

    private static string Format(object key) => key switch
    {
        // "R" round-trips a distance exactly, so the next page starts exactly after the last row.
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.UtcTicks.ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => key.ToString() ?? "",
    };

    /// <summary>The cursor's keys, or a <see cref="ValidationException"/> a client can act on.</summary>
    public static string[] Decode(string cursor, string ordering, int keyCount)
    {
        string[] parts;
        try
        {
            parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)).Split(Separator);
        }
        catch (FormatException)
        {
            throw Invalid();
        }
        if (parts.Length != keyCount + 1 || parts[0] != ordering)
        {
            throw Invalid();
        }
        return parts[1..];

        ValidationException Invalid() => new(
            "The 'after' cursor is not one this list handed out for this ordering; start again without it.", "after");
    }

    public static Guid ParseGuid(string value) =>
        Guid.TryParse(value, out var id) ? id : throw Damaged();

    public static long ParseLong(string value) =>
        long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)
            ? n : throw Damaged();

    public static double ParseDouble(string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n)
            ? n : throw Damaged();

    public static DateOnly ParseDate(string value) =>
        DateOnly.TryParseExact(value, "O", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : throw Damaged();

    public static DateTimeOffset ParseTimestamp(string value) =>
        ParseLong(value) is var ticks && ticks >= DateTimeOffset.MinValue.UtcTicks && ticks <= DateTimeOffset.MaxValue.UtcTicks
            ? new DateTimeOffset(ticks, TimeSpan.Zero)
            : throw Damaged();

    /// <summary>A defined member of <typeparamref name="TEnum"/>, from its number.</summary>
    public static TEnum ParseEnum<TEnum>(string value) where TEnum : struct, Enum =>
        Enum.ToObject(typeof(TEnum), ParseLong(value)) is TEnum parsed && Enum.IsDefined(parsed) ? parsed : throw Damaged();

    private static ValidationException Damaged() => new("The 'after' cursor is damaged.", "after");
}
