using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.Channels;
using Marketplace.Api.Data;
using Npgsql;

namespace Marketplace.Api.Subscriptions;

/// <summary>
/// Listens on the database channel every API instance shares, and hands each change to the
/// subscribers of this instance whose filter takes it. A change made through any instance thus
/// reaches subscribers on all of them. Reconnects by itself when the connection drops, and then
/// catches up: the timeline entries written meanwhile are read back and announced, each once.
/// </summary>
public sealed class ChangeFeed(IConfiguration configuration, ILogger<ChangeFeed> logger) : BackgroundService
{
    public const string Channel = "marketplace_changes";
    public const string ApplicationName = "Marketplace change feed";
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(2);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly ConcurrentDictionary<Subscriber, byte> _subscribers = new();
    private readonly AnnouncedEvents _announced = new();
    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once the first LISTEN is in place: changes committed after it are delivered.</summary>
    public Task Listening => _listening.Task;

    /// <summary>True while the LISTEN connection is up and caught up: what readiness reports.</summary>
    public bool IsListening { get; private set; }

    /// <summary>The changes the filter takes, from now until the subscription is disposed.</summary>
    public IObservable<ChangeNotice> Watch(Func<ChangeNotice, bool> filter) => new Stream(this, filter);

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
                connection.Notification += (_, e) => Publish(e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection)) await listen.ExecuteNonQueryAsync(stoppingToken);
                await CatchUpAsync(connection, stoppingToken);
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
    private async Task CatchUpAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        if (!_announced.HasStarted)
        {
            await using var last = new NpgsqlCommand("SELECT coalesce(max(id), 0) FROM need_events", connection);
            _announced.StartAfter((long)(await last.ExecuteScalarAsync(cancellationToken))!);
            return;
        }
        await using var missed = new NpgsqlCommand("SELECT need_event_notice(e) FROM need_events e WHERE e.id > @after ORDER BY e.id", connection);
        missed.Parameters.AddWithValue("after", _announced.ReadBackAfter);
        var payloads = new List<string>();
        await using (var reader = await missed.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken)) payloads.Add(reader.GetString(0));
        }
        foreach (var payload in payloads) Publish(payload);
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("The change feed is listening again; read back {Count} timeline entries.", payloads.Count);
        }
    }

    private void Publish(string payload)
    {
        ChangeNotice? notice;
        try
        {
            notice = JsonSerializer.Deserialize<ChangeNotice>(payload, Json);
        }
        catch (JsonException e)
        {
            logger.LogError(e, "Unreadable change notice: {Payload}", payload);
            return;
        }
        if (notice is null || !_announced.TryAdd(notice.EventId)) return;
        foreach (var subscriber in _subscribers.Keys) subscriber.Offer(notice);
    }

    private sealed class Stream(ChangeFeed feed, Func<ChangeNotice, bool> filter) : IObservable<ChangeNotice>
    {
        public IDisposable Subscribe(IObserver<ChangeNotice> observer)
        {
            var subscriber = new Subscriber(feed, filter, observer);
            feed._subscribers.TryAdd(subscriber, 0);
            return subscriber;
        }
    }

    /// <summary>
    /// One subscriber's queue: the listening connection never waits for a slow subscriber; each
    /// gets its changes in order, on a pump of its own.
    /// </summary>
    private sealed class Subscriber : IDisposable
    {
        private const int MaxQueued = 1_000;
        private readonly ChangeFeed _feed;
        private readonly Func<ChangeNotice, bool> _filter;
        private readonly Channel<ChangeNotice> _queue = System.Threading.Channels.Channel.CreateBounded<ChangeNotice>(
            new BoundedChannelOptions(MaxQueued) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

        public Subscriber(ChangeFeed feed, Func<ChangeNotice, bool> filter, IObserver<ChangeNotice> observer)
        {
            (_feed, _filter) = (feed, filter);
            _ = PumpAsync(observer);
        }

        public void Offer(ChangeNotice notice)
        {
            if (_filter(notice)) _queue.Writer.TryWrite(notice);
        }

        public void Dispose()
        {
            _feed._subscribers.TryRemove(this, out _);
            _queue.Writer.TryComplete();
        }

        private async Task PumpAsync(IObserver<ChangeNotice> observer)
        {
            await foreach (var notice in _queue.Reader.ReadAllAsync()) observer.OnNext(notice);
            observer.OnCompleted();
        }
    }
}
