using Marketplace.Core.Needs;

namespace Marketplace.DemoData;

/// <summary>
/// Decides how far each need of an area has come. Older needs are likelier to be further along
/// (the score is age with much noise: some hard cases linger, some new needs are met at once),
/// so cleared needs are mostly old and new ones mostly reported.
/// </summary>
internal static class Statuses
{
    private static readonly NeedStatus[] Progression =
        [NeedStatus.Cleared, NeedStatus.InService, NeedStatus.Matched, NeedStatus.Claimed, NeedStatus.Verified, NeedStatus.Reported];

    public static void Assign(Random random, Areas.Area area, IReadOnlyList<NeedDraft> drafts, DateTimeOffset now)
    {
        var free = drafts.Where(d => d.Status is null).ToList();
        var forced = drafts.Where(d => d.Status is not null).GroupBy(d => d.Status!.Value).ToDictionary(g => g.Key, g => g.Count());
        var wanted = Wanted(area, drafts.Count);
        var counts = wanted.ToDictionary(w => w.Key, w => Math.Max(0, w.Value - forced.GetValueOrDefault(w.Key)));
        // Whatever rounding leaves over goes to the newest status.
        counts[NeedStatus.Reported] += free.Count - counts.Values.Sum();
        if (counts[NeedStatus.Reported] < 0)
        {
            throw new InvalidOperationException($"Area {area.Key}: the stories force more needs than its figures allow.");
        }

        var cancellable = free.Where(d => (now - d.ReportedAt).TotalDays > 5).OrderBy(_ => random.Next()).Take(counts.GetValueOrDefault(NeedStatus.Cancelled)).ToList();
        foreach (var draft in cancellable)
        {
            draft.Status = NeedStatus.Cancelled;
        }
        var ranked = free
            .Where(d => d.Status is null)
            .Select(d => (Draft: d, Score: (now - d.ReportedAt).TotalDays * random.Between(0.35, 1.65)))
            .OrderByDescending(x => x.Score)
            .Select(x => x.Draft)
            .ToList();
        var next = 0;
        foreach (var status in Progression)
        {
            for (var i = 0; i < counts.GetValueOrDefault(status) && next < ranked.Count; i++)
            {
                ranked[next++].Status = status;
            }
        }
        for (; next < ranked.Count; next++)
        {
            ranked[next].Status = NeedStatus.Reported;
        }
    }

    private static Dictionary<NeedStatus, int> Wanted(Areas.Area area, int total)
    {
        if (area.Quota is { } quota)
        {
            if (quota.Values.Sum() != total)
            {
                throw new InvalidOperationException($"Area {area.Key}: the quota counts {quota.Values.Sum()} needs, the area has {total}.");
            }
            var exact = new Dictionary<NeedStatus, int>(quota);
            exact.TryAdd(NeedStatus.Reported, 0);
            return exact;
        }
        var cleared = (int)Math.Round(total * area.ClearedShare);
        var cancelled = (int)Math.Round(total * Areas.CancelledShare);
        var open = total - cleared - cancelled;
        var wanted = new Dictionary<NeedStatus, int>
        {
            [NeedStatus.Cleared] = cleared,
            [NeedStatus.Cancelled] = cancelled,
        };
        foreach (var (status, share) in Areas.OpenSpread)
        {
            wanted[status] = (int)Math.Round(open * share);
        }
        return wanted;
    }
}
