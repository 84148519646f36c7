using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.Channels;
using Marketplace.Api.Data;
using Npgsql;

namespace Marketplace.Api.Subscriptions;

/// <summary>
/// Listens on the database channels every API instance shares, one per timeline (needs' and any
/// other a feature registers, see <see cref="FeedTimeline"/>), and hands each change to the
/// subscribers of this instance whose filter takes it. A change made through any instance thus
/// reaches subscribers on all of them. Reconnects by itself when the connection drops, and then
/// catches up: the timeline entries written meanwhile are read back and announced, each once.
/// </summary>
public sealed class ChangeFeed(IConfiguration configuration, ILogger<ChangeFeed> logger, IEnumerable<FeedTimeline> others) : BackgroundService
{
    public const string Channel = "marketplace_changes";
    public const string ApplicationName = "Marketplace change feed";
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(2);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly IReadOnlyDictionary<string, Timeline> _timelines =
        others.Prepend(FeedTimeline.Needs).DistinctBy(t => t.Channel).ToDictionary(t => t.Channel, t => new Timeline(t));
    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once the first LISTEN is in place: changes committed after it are delivered.</summary>
    public Task Listening => _listening.Task;

    /// <summary>True while the LISTEN connection is up and caught up: what readiness reports.</summary>
    public bool IsListening { get; private set; }

    /// <summary>The needs' changes the filter takes, from now until the subscription is disposed.</summary>
    public IObservable<ChangeNotice> Watch(Func<ChangeNotice, bool> filter) => Watch<ChangeNotice>(filter);

    /// <summary>The changes of the timeline whose notices are <typeparamref name="TNotice"/> that the filter takes.</summary>
    public IObservable<TNotice> Watch<TNotice>(Func<TNotice, bool> filter) where TNotice : IFeedNotice
    {
        var timeline = _timelines.Values.SingleOrDefault(t => t.Definition.NoticeType == typeof(TNotice))
            ?? throw new InvalidOperationException($"No timeline of {typeof(TNotice).Name} is registered.");
        return new Stream<TNotice>(timeline, filter);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Named, so that it can be told apart in pg_stat_activity.
        var connectionString = new NpgsqlConnectionStringBuilder(configuration.GetConnectionString(DataSetup.ConnectionStringName))
        {
            ApplicationName = ApplicationName,
        }.ConnectionString;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(stoppingToken);
                connection.Notification += (_, e) => Publish(e.Channel, e.Payload);
                foreach (var channel in _timelines.Keys)
                {
                    await using var listen = new NpgsqlCommand($"LISTEN {channel}", connection);
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }
                foreach (var timeline in _timelines.Values) await CatchUpAsync(connection, timeline, stoppingToken);
                _listening.TrySetResult();
                IsListening = true;
                while (true) await connection.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                IsListening = false;
                logger.LogWarning(e, "Lost the change feed's database connection; retrying in {Delay}.", RetryDelay);
                await Task.Delay(RetryDelay, stoppingToken);
            }
        }
    }

    /// <summary>
    /// On the first connection, notes where the timeline stands; on a later one, announces what
    /// was written since the last entry announced. Entries are numbered as they are written but
    /// committed in any order, so the read starts a margin earlier and skips what was announced.
    /// </summary>
    private async Task CatchUpAsync(NpgsqlConnection connection, Timeline timeline, CancellationToken cancellationToken)
    {
        var (channel, table, notice) = (timeline.Definition.Channel, timeline.Definition.Table, timeline.Definition.NoticeFunction);
        if (!timeline.Announced.HasStarted)
        {
            await using var last = new NpgsqlCommand($"SELECT coalesce(max(id), 0) FROM {table}", connection);
            timeline.Announced.StartAfter((long)(await last.ExecuteScalarAsync(cancellationToken))!);
            return;
        }
        await using var missed = new NpgsqlCommand($"SELECT {notice}(e) FROM {table} e WHERE e.id > @after ORDER BY e.id", connection);
        missed.Parameters.AddWithValue("after", timeline.Announced.ReadBackAfter);
        var payloads = new List<string>();
        await using (var reader = await missed.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken)) payloads.Add(reader.GetString(0));
        }
        foreach (var payload in payloads) Publish(channel, payload);
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("The change feed is listening again; read back {Count} entries of {Table}.", payloads.Count, table);
        }
    }

    private void Publish(string channel, string payload)
    {
        if (!_timelines.TryGetValue(channel, out var timeline)) return;
        IFeedNotice? notice;
        try
        {
            notice = (IFeedNotice?)JsonSerializer.Deserialize(payload, timeline.Definition.NoticeType, Json);
        }
        catch (JsonException e)
        {
            logger.LogError(e, "Unreadable change notice: {Payload}", payload);
            return;
        }
        if (notice is null || !timeline.Announced.TryAdd(notice.EventId)) return;
        foreach (var subscriber in timeline.Subscribers.Keys) subscriber.Offer(notice);
    }

    /// <summary>A timeline as this instance follows it: what it announced, and who listens.</summary>
    private sealed class Timeline(FeedTimeline definition)
    {
        public FeedTimeline Definition { get; } = definition;
        public AnnouncedEvents Announced { get; } = new();
        public ConcurrentDictionary<ISubscriber, byte> Subscribers { get; } = new();
    }

    private interface ISubscriber
    {
        void Offer(IFeedNotice notice);
    }

    private sealed class Stream<TNotice>(Timeline timeline, Func<TNotice, bool> filter) : IObservable<TNotice>
    {
        public IDisposable Subscribe(IObserver<TNotice> observer)
        {
            var subscriber = new Subscriber<TNotice>(timeline, filter, observer);
            timeline.Subscribers.TryAdd(subscriber, 0);
            return subscriber;
        }
    }

    /// <summary>
    /// One subscriber's queue: the listening connection never waits for a slow subscriber; each
    /// gets its changes in order, on a pump of its own.
    /// </summary>
    private sealed class Subscriber<TNotice> : ISubscriber, IDisposable
    {
        private const int MaxQueued = 1_000;
        private readonly Timeline _timeline;
        private readonly Func<TNotice, bool> _filter;
        private readonly Channel<TNotice> _queue = System.Threading.Channels.Channel.CreateBounded<TNotice>(
            new BoundedChannelOptions(MaxQueued) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

        public Subscriber(Timeline timeline, Func<TNotice, bool> filter, IObserver<TNotice> observer)
        {
            (_timeline, _filter) = (timeline, filter);
            _ = PumpAsync(observer);
        }

        public void Offer(IFeedNotice notice)
        {
            if (notice is TNotice typed && _filter(typed)) _queue.Writer.TryWrite(typed);
        }

        public void Dispose()
        {
            _timeline.Subscribers.TryRemove(this, out _);
            _queue.Writer.TryComplete();
        }

        private async Task PumpAsync(IObserver<TNotice> observer)
        {
            await foreach (var notice in _queue.Reader.ReadAllAsync()) observer.OnNext(notice);
            observer.OnCompleted();
        }
    }
}
