using Marketplace.Core.Needs;

namespace Marketplace.DemoData;

/// <summary>When the steps of a need's planned life happen.</summary>
internal static class NeedTimeline
{
    /// <summary>One planned event, some hours after the one before.</summary>
    internal sealed record Step(NeedEventKind Kind, double Hours);

    /// <summary>
    /// Cumulative instants of the steps, squeezed proportionally when the plan would run past "now",
    /// and moved into working hours (08:00–20:00 in China) where that still ends before "now".
    /// </summary>
    public static List<DateTimeOffset> Times(DateTimeOffset now, DateTimeOffset reportedAt, List<Step> plan)
    {
        var total = plan.Sum(s => s.Hours);
        var available = (now - reportedAt).TotalHours - 1;
        var scale = total > available ? Math.Max(0, available) / total : 1;
        var inWorkingHours = Accumulate(reportedAt, plan, scale, workingHours: true);
        return inWorkingHours[^1] < now.AddHours(-1) ? inWorkingHours : Accumulate(reportedAt, plan, scale, workingHours: false);
    }

    private static List<DateTimeOffset> Accumulate(DateTimeOffset reportedAt, List<Step> plan, double scale, bool workingHours)
    {
        var times = new List<DateTimeOffset>(plan.Count);
        var at = reportedAt;
        foreach (var step in plan)
        {
            if (step.Kind != NeedEventKind.Reported)
            {
                at = at.AddMinutes(Math.Max(1, Math.Round(step.Hours * scale * 60)));
                at = workingHours ? IntoWorkingHours(at) : at;
            }
            times.Add(at);
        }
        return times;
    }

    private static DateTimeOffset IntoWorkingHours(DateTimeOffset at)
    {
        var local = at.ToOffset(ChinaTime.Offset);
        var morning = new DateTimeOffset(local.Date, ChinaTime.Offset).AddHours(8).AddMinutes(local.Minute);
        var moved = local.Hour switch
        {
            < 8 => morning,
            >= 20 => morning.AddDays(1),
            _ => local,
        };
        return moved.ToUniversalTime();
    }
}
