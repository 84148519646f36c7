using System.Threading.Channels;
using Marketplace.Api.GraphQL.Errors;

namespace Marketplace.Api.GraphQL.Transport;

/// <summary>
/// Carries one subscription's events from the engine to the socket: the engine hands each
/// resolved event over without waiting (<see cref="OnNext"/> never blocks a thread), and an
/// async loop sends them, in order, as fast as the client reads.
/// <para>
/// A client that reads slower than events come lets the bounded queue fill. Then the
/// subscription ends, so that the client can tell: its source is let go at once (no more
/// events are resolved), the events already queued are still sent, in order, and then an
/// `error` message with SUBSCRIBER_TOO_SLOW. Nothing is dropped unannounced: the client has
/// every event up to the error and none after it, and subscribes again (reading the current
/// state) if it still wants them. The connection and its other operations go on.
/// </para>
/// </summary>
public sealed class EventPump(int capacity) : IObserver<ExecutionResult>
{
    private readonly Channel<ExecutionResult> _queue = Channel.CreateBounded<ExecutionResult>(
        new BoundedChannelOptions(capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
    private IDisposable? _source;
    private int _overflowed;
    private Exception? _failure;

    /// <summary>
    /// Subscribes to the stream and sends its events until it ends, the queue overflows or the
    /// token is cancelled. Returns how the stream ended: null when it completed, else the errors
    /// to send in an `error` message.
    /// </summary>
    public async Task<ExecutionResult?> RunAsync(
        IObservable<ExecutionResult> stream, Func<ExecutionResult, CancellationToken, Task> send, CancellationToken cancellationToken)
    {
        using var source = stream.Subscribe(this);
        Volatile.Write(ref _source, source);
        if (Volatile.Read(ref _overflowed) == 1) source.Dispose();

        await foreach (var result in _queue.Reader.ReadAllAsync(cancellationToken)) await send(result, cancellationToken);

        if (_overflowed == 1)
        {
            return GraphQLOutcome.ErrorResult(GraphQLErrorCodes.SubscriberTooSlow,
                $"Events came faster than this connection read them ({capacity} waiting); the subscription was ended after the last one sent. Subscribe again to go on.");
        }
        return _failure is null ? null : new ExecutionResult { Errors = [_failure as ExecutionError ?? new ExecutionError("The event stream failed.", _failure)] };
    }

    public void OnNext(ExecutionResult value)
    {
        if (_queue.Writer.TryWrite(value) || Interlocked.Exchange(ref _overflowed, 1) == 1) return;
        _queue.Writer.TryComplete();
        Volatile.Read(ref _source)?.Dispose();
    }

    public void OnError(Exception error)
    {
        _failure = error;
        _queue.Writer.TryComplete();
    }

    public void OnCompleted() => _queue.Writer.TryComplete();
}
