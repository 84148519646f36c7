namespace Marketplace.Api.Subscriptions;

/// <summary>
/// The timeline entries this instance has announced lately, so that an entry read back after a
/// lost connection is not announced a second time.
/// </summary>
internal sealed class AnnouncedEvents
{
    /// <summary>
    /// How far below the latest announced entry a read-back starts. Entries are numbered when
    /// written and committed in any order; one written this many entries before another and
    /// committed after it, while the connection was down, would be missed.
    /// </summary>
    public const long Margin = 10_000;

    private readonly Lock _lock = new();
    private readonly HashSet<long> _ids = [];
    private long _latest;
    // Entries up to here were written before this instance first listened: never read back.
    private long? _startedAfter;

    /// <summary>Whether listening has begun (<see cref="StartAfter"/>).</summary>
    public bool HasStarted
    {
        get { lock (_lock) return _startedAfter is not null; }
    }

    /// <summary>The entry after which a read-back starts: the margin below the latest announced, never before listening began.</summary>
    public long ReadBackAfter
    {
        get { lock (_lock) return Math.Max(_latest - Margin, _startedAfter ?? 0); }
    }

    /// <summary>Notes the timeline's last entry when this instance first listened.</summary>
    public void StartAfter(long lastEntry)
    {
        lock (_lock)
        {
            _startedAfter ??= lastEntry;
            _latest = Math.Max(_latest, lastEntry);
        }
    }

    /// <summary>
    /// Whether the entry is news. Every entry a read-back returns is above the margin, where no
    /// announced entry is forgotten; an entry announced live is news by nature (each notification
    /// comes once), however old its number.
    /// </summary>
    public bool TryAdd(long id)
    {
        lock (_lock)
        {
            if (!_ids.Add(id)) return false;
            _latest = Math.Max(_latest, id);
            if (_ids.Count > 4 * Margin) _ids.RemoveWhere(known => known <= _latest - Margin);
            return true;
        }
    }
}
