using System.Globalization;
using Marketplace.Core.Common.Paging;
using NetTopologySuite.Geometries;

namespace Marketplace.Core.Needs;

/// <summary>
/// One ordering of the needs list and its keyset: every ordering ends in the id, so it is total,
/// and a page starts exactly after the previous one however many rows are added meanwhile.
/// Keys are compared as SQL row values, which PostgreSQL can serve from a matching index.
/// </summary>
internal sealed class NeedOrdering
{
    private static readonly DateOnly NoDueDate = DateOnly.MaxValue;
    private readonly NeedOrder _order;
    private readonly Point? _centre;
    private readonly bool _approximate;
    private readonly string _tag;
    private readonly string[]? _keys;

    /// <summary>Decodes the cursor at once, so that a bad one is refused before any query runs.</summary>
    public NeedOrdering(NeedOrder order, Point? centre, bool approximate, string? after)
    {
        _order = order;
        _centre = centre;
        _approximate = approximate;
        _tag = order == NeedOrder.Nearest && centre is not null ? Cursor.NearestTag(order.ToString(), centre, approximate) : order.ToString();
        _keys = after is null ? null : Cursor.Decode(after, _tag, order == NeedOrder.MostUrgent ? 3 : 2);
    }

    public IQueryable<Need> Apply(IQueryable<Need> needs) => _order switch
    {
        NeedOrder.Newest => Newest(needs, _keys),
        NeedOrder.Oldest => Oldest(needs, _keys),
        NeedOrder.MostUrgent => MostUrgent(needs, _keys),
        NeedOrder.DueSoonest => DueSoonest(needs, _keys),
        _ => _approximate
            ? NearestCommunity(needs, _keys, _centre ?? throw new InvalidOperationException("Nearest ordering without a centre."))
            : Nearest(needs, _keys, _centre ?? throw new InvalidOperationException("Nearest ordering without a centre.")),
    };

    public string CursorOf(Need need, double? distance) => _order switch
    {
        NeedOrder.Newest or NeedOrder.Oldest => Cursor.Encode(_tag, need.ReportedAt, need.Id),
        NeedOrder.MostUrgent => Cursor.Encode(_tag, (short)need.Urgency, need.ReportedAt, need.Id),
        NeedOrder.DueSoonest => Cursor.Encode(_tag, (need.DueDate ?? NoDueDate).ToString("O", CultureInfo.InvariantCulture), need.Id),
        _ => Cursor.Encode(_tag, distance ?? throw new InvalidOperationException("Nearest ordering without a distance."), need.Id),
    };

    private static IQueryable<Need> Newest(IQueryable<Need> needs, string[]? keys)
    {
        if (keys is not null)
        {
            var (reportedAt, id) = (Cursor.ParseTimestamp(keys[0]), Cursor.ParseGuid(keys[1]));
            needs = needs.Where(n => EF.Functions.LessThan(ValueTuple.Create(n.ReportedAt, n.Id), ValueTuple.Create(reportedAt, id)));
        }
        return needs.OrderByDescending(n => n.ReportedAt).ThenByDescending(n => n.Id);
    }

    private static IQueryable<Need> Oldest(IQueryable<Need> needs, string[]? keys)
    {
        if (keys is not null)
        {
            var (reportedAt, id) = (Cursor.ParseTimestamp(keys[0]), Cursor.ParseGuid(keys[1]));
            needs = needs.Where(n => EF.Functions.GreaterThan(ValueTuple.Create(n.ReportedAt, n.Id), ValueTuple.Create(reportedAt, id)));
        }
        return needs.OrderBy(n => n.ReportedAt).ThenBy(n => n.Id);
    }

    private static IQueryable<Need> MostUrgent(IQueryable<Need> needs, string[]? keys)
    {
        if (keys is not null)
        {
            var urgency = Cursor.ParseEnum<Urgency>(keys[0]);
            var (reportedAt, id) = (Cursor.ParseTimestamp(keys[1]), Cursor.ParseGuid(keys[2]));
            needs = needs.Where(n => EF.Functions.LessThan(
                ValueTuple.Create(n.Urgency, n.ReportedAt, n.Id), ValueTuple.Create(urgency, reportedAt, id)));
        }
        return needs.OrderByDescending(n => n.Urgency).ThenByDescending(n => n.ReportedAt).ThenByDescending(n => n.Id);
    }

    private static IQueryable<Need> DueSoonest(IQueryable<Need> needs, string[]? keys)
    {
        if (keys is not null)
        {
            var dueDate = Cursor.ParseDate(keys[0]);
            var id = Cursor.ParseGuid(keys[1]);
            needs = needs.Where(n => EF.Functions.GreaterThan(ValueTuple.Create(n.DueDate ?? NoDueDate, n.Id), ValueTuple.Create(dueDate, id)));
        }
        return needs.OrderBy(n => n.DueDate ?? NoDueDate).ThenBy(n => n.Id);
    }

    private static IQueryable<Need> Nearest(IQueryable<Need> needs, string[]? keys, Point centre)
    {
        if (keys is not null)
        {
            var (distance, id) = (Cursor.ParseDouble(keys[0]), Cursor.ParseGuid(keys[1]));
            needs = needs.Where(n => EF.Functions.GreaterThan(ValueTuple.Create(n.Location.Distance(centre), n.Id), ValueTuple.Create(distance, id)));
        }
        return needs.OrderBy(n => n.Location.Distance(centre)).ThenBy(n => n.Id);
    }

    /// <summary>Nearest by the community's centroid: for viewers who may not locate households.</summary>
    private static IQueryable<Need> NearestCommunity(IQueryable<Need> needs, string[]? keys, Point centre)
    {
        if (keys is not null)
        {
            var (distance, id) = (Cursor.ParseDouble(keys[0]), Cursor.ParseGuid(keys[1]));
            needs = needs.Where(n => EF.Functions.GreaterThan(ValueTuple.Create(n.Region!.Centroid.Distance(centre), n.Id), ValueTuple.Create(distance, id)));
        }
        return needs.OrderBy(n => n.Region!.Centroid.Distance(centre)).ThenBy(n => n.Id);
    }
}
