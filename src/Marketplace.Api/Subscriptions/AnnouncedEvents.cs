namespace Marketplace.Api.Subscriptions;

/// <summary>
/// The timeline entries this instance has announced lately, so that one read back after a lost
/// connection, or heard twice, is announced once.
/// </summary>
internal sealed class AnnouncedEvents
{
    /// <summary>
    /// How far below the latest announced entry a read-back starts. Entries are numbered when
    /// written and committed in any order; one written this many entries before another and
    /// committed after it would be missed.
    /// </summary>
    public const long Margin = 10_000;

    private readonly Lock _lock = new();
    private readonly HashSet<long> _ids = [];
    private long? _latest;
    // Entries up to here were written before this instance listened: never announced.
    private long _startedAfter;

    /// <summary>The highest entry announced (or the timeline's end when listening began); null before that.</summary>
    public long? Latest
    {
        get { lock (_lock) return _latest; }
    }

    public void StartAfter(long latest)
    {
        lock (_lock)
        {
            if (_latest is not null) return;
            (_latest, _startedAfter) = (latest, latest);
        }
    }

    /// <summary>Whether the entry is news: false for one announced already or from before listening began.</summary>
    public bool TryAdd(long id)
    {
        lock (_lock)
        {
            if (id <= _startedAfter || (_latest is { } latest && id <= latest - Margin)) return false;
            if (!_ids.Add(id)) return false;
            if (id > (_latest ?? 0)) _latest = id;
            // Ids below the margin can no longer come back: forget them.
            if (_ids.Count > 4 * Margin) _ids.RemoveWhere(known => known <= _latest - Margin);
            return true;
        }
    }
}
