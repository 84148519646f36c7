namespace Marketplace.Core.Needs;

/// <summary>How a command takes hold of a need and writes its timeline: the need's own, used by every feature that changes one.</summary>
public static class NeedRecording
{
    /// <summary>The need, locked until the command ends: two people acting on it are served one after the other.</summary>
    public static Task<Need> LockNeedAsync(this CommandContext c, Guid id) => c.LockAsync<Need>(id, "Need");

    /// <summary>Writes the timeline entry of a change, in the same transaction as the change.</summary>
    public static void Record(this CommandContext c, Need need, NeedEventKind kind, NeedStatus? from, string? note = null, Guid? matchId = null)
    {
        need.LastActivityAt = c.Now;
        c.Db.NeedEvents.Add(new NeedEvent
        {
            NeedId = need.Id,
            Kind = kind,
            At = c.Now,
            Actor = c.Viewer.Login,
            FromStatus = from,
            ToStatus = from is null ? null : need.Status,
            Note = note,
            MatchId = matchId,
        });
    }
}
