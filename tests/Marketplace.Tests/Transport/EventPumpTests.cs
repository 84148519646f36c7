using GraphQL;
using Marketplace.Api.GraphQL.Transport;

namespace Marketplace.Tests.Transport;

/// <summary>A subscription's events reach the socket in order, without a blocked thread, and a client too slow for them is told.</summary>
public sealed class EventPumpTests
{
    [Fact]
    public async Task Events_are_sent_in_order_then_the_stream_completes()
    {
        var source = new Source();
        var sent = new List<object?>();
        // Room for all five: they are handed over faster than the pump starts reading.
        var pump = new EventPump(capacity: 5);

        var running = pump.RunAsync(source, (result, _) => { sent.Add(result.Data); return Task.CompletedTask; }, CancellationToken.None);
        for (var i = 1; i <= 5; i++) source.Observer!.OnNext(new ExecutionResult { Data = i });
        source.Observer!.OnCompleted();

        Assert.Null(await running.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.Equal([1, 2, 3, 4, 5], sent);
    }

    [Fact]
    public async Task A_full_queue_ends_the_subscription_after_what_was_queued_with_SUBSCRIBER_TOO_SLOW()
    {
        var source = new Source();
        var sent = new List<object?>();
        var first = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var client = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var pump = new EventPump(capacity: 2);

        var running = pump.RunAsync(source, async (result, _) =>
        {
            sent.Add(result.Data);
            first.TrySetResult();
            await client.Task;
        }, CancellationToken.None);
        source.Observer!.OnNext(new ExecutionResult { Data = 1 });
        await first.Task.WaitAsync(TimeSpan.FromSeconds(5));
        // The client reads nothing more: 2 and 3 wait; 4 finds the queue full. OnNext returns at once all the same.
        for (var i = 2; i <= 5; i++) source.Observer!.OnNext(new ExecutionResult { Data = i });
        Assert.True(source.Disposed, "The source should be let go as soon as the queue overflows.");

        client.SetResult();
        var ending = await running.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal([1, 2, 3], sent);
        Assert.Equal("SUBSCRIBER_TOO_SLOW", ending?.Errors?[0].Code);
    }

    [Fact]
    public async Task Cancelling_stops_the_pump_and_lets_the_source_go()
    {
        var source = new Source();
        using var cancel = new CancellationTokenSource();
        var running = new EventPump(capacity: 2).RunAsync(source, (_, _) => Task.CompletedTask, cancel.Token);

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.True(source.Disposed);
    }

    private sealed class Source : IObservable<ExecutionResult>, IDisposable
    {
        public IObserver<ExecutionResult>? Observer { get; private set; }
        public bool Disposed { get; private set; }

        public IDisposable Subscribe(IObserver<ExecutionResult> observer)
        {
            Observer = observer;
            return this;
        }

        public void Dispose() => Disposed = true;
    }
}
