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
/// reaches subscribers on all of them. Reconnects by itself when the connection drops.
/// </summary>
public sealed class ChangeFeed(IConfiguration configuration, ILogger<ChangeFeed> logger) : BackgroundService
{
    public const string Channel = "marketplace_changes";
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(2);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly ConcurrentDictionary<Subscriber, byte> _subscribers = new();
    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once the first LISTEN is in place: changes committed after it are delivered.</summary>
    public Task Listening => _listening.Task;

    /// <summary>The changes the filter takes, from now until the subscription is disposed.</summary>
    public IObservable<ChangeNotice> Watch(Func<ChangeNotice, bool> filter) => new Stream(this, filter);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var connectionString = configuration.GetConnectionString(DataSetup.ConnectionStringName);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(stoppingToken);
                connection.Notification += (_, e) => Publish(e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection)) await listen.ExecuteNonQueryAsync(stoppingToken);
                _listening.TrySetResult();
                while (true) await connection.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // Changes committed while disconnected are not replayed: subscribers see the state
                // again with their next change, and clients re-query on reconnect.
                logger.LogWarning(e, "Lost the change feed's database connection; retrying in {Delay}.", RetryDelay);
                await Task.Delay(RetryDelay, stoppingToken);
            }
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
        if (notice is null) return;
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
