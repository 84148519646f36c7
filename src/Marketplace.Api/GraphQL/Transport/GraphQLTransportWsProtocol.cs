using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Security.Claims;
using System.Text.Json;
using Marketplace.Api.GraphQL.Errors;

namespace Marketplace.Api.GraphQL.Transport;

/// <summary>
/// One connection speaking `graphql-transport-ws`, to its specification: `connection_init` within
/// the timeout and once only, then `subscribe` / `complete` per operation id, `ping` / `pong`
/// either way; protocol violations close the socket with the protocol's 44xx codes. Each
/// operation runs through <see cref="GraphQLRequestExecutor"/>, as an HTTP request does.
/// </summary>
public sealed class GraphQLTransportWsProtocol(
    WebSocketFraming socket,
    GraphQLRequestExecutor executor,
    IGraphQLTextSerializer serializer,
    SubscriptionOptions options,
    Func<JsonElement, Task<ClaimsPrincipal?>> authenticate,
    ILogger logger)
{
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _operations = new();
    // What runs beside the receive loop (operations, the timers), until it ends.
    private readonly ConcurrentDictionary<Task, bool> _running = new();
    private readonly TransportWsMessages _messages = new(serializer);
    private int _initReceived;
    private ClaimsPrincipal? _user;

    public async Task RunAsync(CancellationToken aborted)
    {
        using var link = aborted.Register(socket.Abort);
        Track(ConnectionDeadlines.CloseUnlessInitialisedAsync(socket, options.ConnectionInitTimeout, () => _user is not null));
        try
        {
            while (await socket.ReceiveAsync() is { } message)
            {
                // After the server's close, only the client's close frame matters.
                if (!socket.Closing.IsCancellationRequested) await HandleAsync(message);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // The client went away, or the connection closed.
        }
        finally
        {
            socket.Abort();
            foreach (var operation in _operations.Values) await CancelAsync(operation);
            await Task.WhenAll(_running.Keys);
        }
    }

    private void Track(Task task)
    {
        _running[task] = true;
        _ = task.ContinueWith(done => _running.TryRemove(done, out _), TaskScheduler.Default);
    }

    private Task CloseAsync(int code, string reason) => socket.CloseAsync(code, reason);

    private async Task HandleAsync(byte[] text)
    {
        JsonElement message;
        try
        {
            using var document = JsonDocument.Parse(text);
            message = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            await CloseAsync(4400, "Invalid message received: not JSON");
            return;
        }
        var type = message.ValueKind == JsonValueKind.Object && message.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        var payload = message.ValueKind == JsonValueKind.Object && message.TryGetProperty("payload", out var p) ? p : default;
        switch (type)
        {
            case "connection_init":
                await InitialiseAsync(payload);
                break;
            case "ping":
                await socket.SendAsync(TransportWsMessages.Pong, socket.Closing);
                break;
            case "pong":
                break;
            case "subscribe":
                await SubscribeAsync(IdOf(message), payload);
                break;
            case "complete":
                if (IdOf(message) is { } id && _operations.TryRemove(id, out var operation)) await CancelAsync(operation);
                break;
            default:
                await CloseAsync(4400, $"Invalid message received: unknown type '{type}'");
                break;
        }
    }

    private static string? IdOf(JsonElement message) =>
        message.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() is { Length: > 0 } value ? value : null;

    private async Task InitialiseAsync(JsonElement payload)
    {
        if (Interlocked.Exchange(ref _initReceived, 1) == 1)
        {
            await CloseAsync(4429, "Too many initialisation requests");
            return;
        }
        var user = await authenticate(payload);
        if (user is null)
        {
            await CloseAsync(4403, "Forbidden: the token is invalid or has expired; sign in again");
            return;
        }
        _user = user;
        await socket.SendAsync(TransportWsMessages.ConnectionAck, socket.Closing);
        Track(ConnectionDeadlines.CloseWhenExpiredAsync(socket, user));
    }

    private async Task SubscribeAsync(string? id, JsonElement payload)
    {
        if (_user is not { } user)
        {
            await CloseAsync(4401, "Unauthorized: send connection_init first");
            return;
        }
        if (id is null)
        {
            await CloseAsync(4400, "Invalid message received: 'subscribe' needs an 'id'");
            return;
        }
        // Messages are handled one at a time: no other subscribe can slip in between the count and the add.
        if (_operations.Count >= options.MaxOperationsPerConnection && !_operations.ContainsKey(id))
        {
            await socket.SendAsync(_messages.Error(id, GraphQLOutcome.ErrorResult(GraphQLErrorCodes.TooManySubscriptions,
                $"This connection already runs {options.MaxOperationsPerConnection} operations, the most it may; complete one before starting another.")), socket.Closing);
            return;
        }
        var operation = CancellationTokenSource.CreateLinkedTokenSource(socket.Closing);
        if (!_operations.TryAdd(id, operation))
        {
            operation.Dispose();
            await CloseAsync(4409, $"Subscriber for {id} already exists");
            return;
        }
        Track(RunOperationAsync(id, payload, user, operation));
    }

    private async Task RunOperationAsync(string id, JsonElement payload, ClaimsPrincipal user, CancellationTokenSource operation)
    {
        try
        {
            GraphQLHttpRequest request;
            try
            {
                request = GraphQLHttpRequestReader.FromJson(payload, serializer);
            }
            catch (BadGraphQLHttpRequestException e)
            {
                await CloseAsync(4400, $"Invalid message received: {e.Message}");
                return;
            }
            await using var outcome = await executor.ExecuteAsync(executor.Parse(request), user, operation.Token);
            await new TransportWsDelivery(socket, _messages, options.MaxQueuedEventsPerOperation)
                .DeliverAsync(id, outcome, () => Release(id, operation), operation.Token);
        }
        catch (OperationCanceledException) when (operation.IsCancellationRequested)
        {
            // Completed by the client, or the connection closed.
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Operation {Id} failed.", id);
            Release(id, operation);
            await socket.SendAsync(_messages.Error(id, GraphQLOutcome.ErrorResult(GraphQLErrorCodes.InternalError,
                "Something went wrong on our side; it has been logged. Please try again later.")), CancellationToken.None);
        }
        finally
        {
            Release(id, operation);
            operation.Dispose();
        }
    }

    /// <summary>Frees the id for a new operation (if it is still this one's).</summary>
    private void Release(string id, CancellationTokenSource operation) =>
        _operations.TryRemove(new KeyValuePair<string, CancellationTokenSource>(id, operation));

    /// <summary>Stops an operation that may have ended (and disposed its token source) a moment ago.</summary>
    private static async Task CancelAsync(CancellationTokenSource operation)
    {
        try
        {
            await operation.CancelAsync();
        }
        catch (ObjectDisposedException)
        {
            // It had already finished.
        }
    }
}
