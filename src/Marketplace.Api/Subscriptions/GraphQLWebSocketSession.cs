using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;
using Marketplace.Api.GraphQL;
using Marketplace.Api.GraphQL.Errors;
using Marketplace.Api.GraphQL.Transport;
using Marketplace.Api.Identity;

namespace Marketplace.Api.Subscriptions;

/// <summary>
/// One connection speaking `graphql-transport-ws`, to its specification: `connection_init` within
/// the timeout and once only, then `subscribe` / `complete` per operation id, `ping` / `pong`
/// either way; protocol violations close the socket with the protocol's 44xx codes.
/// </summary>
public sealed class GraphQLWebSocketSession(
    WebSocket socket,
    HttpContext http,
    IDocumentExecuter<ISchema> executer,
    IGraphQLTextSerializer serializer,
    SubscriptionOptions options,
    ILogger<GraphQLWebSocketSession> logger,
    Func<HttpContext, JsonElement, Task<ClaimsPrincipal?>> authenticate) : IDisposable
{
    private readonly SemaphoreSlim _sending = new(1, 1);
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _operations = new();
    private readonly CancellationTokenSource _lifetime = new();
    private readonly CancellationTokenSource _receiving = new();
    // What runs beside the receive loop (operations, the init timeout), until it ends.
    private readonly ConcurrentDictionary<Task, bool> _running = new();
    private static readonly TimeSpan CloseHandshakeTimeout = TimeSpan.FromSeconds(2);
    private int _initReceived;
    private ClaimsPrincipal? _user;

    public async Task RunAsync(CancellationToken aborted)
    {
        using var link = aborted.Register(() =>
        {
            _lifetime.Cancel();
            _receiving.Cancel();
        });
        Track(CloseUnlessInitialisedAsync());
        try
        {
            while (await ReceiveAsync() is { } message)
            {
                // After the server's close, only the client's close frame matters.
                if (!_lifetime.IsCancellationRequested) await HandleAsync(message);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // The client went away, or the session closed the socket.
        }
        finally
        {
            await _lifetime.CancelAsync();
            foreach (var operation in _operations.Values) await operation.CancelAsync();
            await Task.WhenAll(_running.Keys);
        }
    }

    private void Track(Task task)
    {
        _running[task] = true;
        _ = task.ContinueWith(done => _running.TryRemove(done, out _), TaskScheduler.Default);
    }

    public void Dispose()
    {
        _lifetime.Dispose();
        _receiving.Dispose();
        _sending.Dispose();
    }

    private async Task CloseUnlessInitialisedAsync()
    {
        try
        {
            await Task.Delay(options.ConnectionInitTimeout, _lifetime.Token);
            if (_user is null) await CloseAsync(4408, "Connection initialisation timeout");
        }
        catch (OperationCanceledException)
        {
            // Closed before the timeout.
        }
    }

    /// <summary>One whole text message, or null once the client closes.</summary>
    private async Task<byte[]?> ReceiveAsync()
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8 * 1024];
        while (true)
        {
            var received = await socket.ReceiveAsync(chunk, _receiving.Token);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                await CloseAsync(WebSocketCloseStatus.NormalClosure, "");
                return null;
            }
            if (received.MessageType == WebSocketMessageType.Binary)
            {
                await CloseAsync(4400, "Messages are JSON text");
                return null;
            }
            if (buffer.Length + received.Count > options.MaxMessageBytes)
            {
                await CloseAsync(WebSocketCloseStatus.MessageTooBig, $"Messages are at most {options.MaxMessageBytes} bytes");
                return null;
            }
            buffer.Write(chunk, 0, received.Count);
            if (received.EndOfMessage) return buffer.ToArray();
        }
    }

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
                await SendAsync(new JsonObject { ["type"] = "pong" });
                break;
            case "pong":
                break;
            case "subscribe":
                await SubscribeAsync(IdOf(message), payload);
                break;
            case "complete":
                if (IdOf(message) is { } id && _operations.TryRemove(id, out var operation)) await operation.CancelAsync();
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
        var user = await authenticate(http, payload);
        if (user is null)
        {
            await CloseAsync(4403, "Forbidden: the token is invalid or has expired; sign in again");
            return;
        }
        // Resolvers that read the request's user (the viewer) see the connection's.
        http.User = user;
        _user = user;
        await SendAsync(new JsonObject { ["type"] = "connection_ack" });
        if (ExpiryOf(user) is { } expires) Track(CloseWhenExpiredAsync(expires));
    }

    /// <summary>When the connection's token expires ("exp"), if it says.</summary>
    private static DateTimeOffset? ExpiryOf(ClaimsPrincipal user) =>
        long.TryParse(user.FindFirstValue("exp"), out var seconds) ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;

    /// <summary>A connection lives no longer than its token: the client signs in again and reconnects.</summary>
    private async Task CloseWhenExpiredAsync(DateTimeOffset expires)
    {
        try
        {
            // In steps of a day at most: a delay cannot be longer than about 24 days.
            for (var left = expires - DateTimeOffset.UtcNow; left > TimeSpan.Zero; left = expires - DateTimeOffset.UtcNow)
            {
                await Task.Delay(left < TimeSpan.FromDays(1) ? left : TimeSpan.FromDays(1), _lifetime.Token);
            }
            await CloseAsync(4403, "Forbidden: the token has expired; sign in again and reconnect");
        }
        catch (OperationCanceledException)
        {
            // Closed before the token expired.
        }
    }

    private async Task SubscribeAsync(string? id, JsonElement payload)
    {
        if (_user is null)
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
            await SendErrorsAsync(id, new ExecutionResult
            {
                Errors = [new ExecutionError($"This connection already runs {options.MaxOperationsPerConnection} operations, the most it may; complete one before starting another.")
                {
                    Code = GraphQLErrorCodes.TooManySubscriptions,
                }],
            });
            return;
        }
        var operation = CancellationTokenSource.CreateLinkedTokenSource(_lifetime.Token);
        if (!_operations.TryAdd(id, operation))
        {
            await CloseAsync(4409, $"Subscriber for {id} already exists");
            return;
        }
        Track(RunOperationAsync(id, payload, operation));
    }

    private async Task RunOperationAsync(string id, JsonElement payload, CancellationTokenSource operation)
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

            // The operation's scope lives as long as the operation: each event gets a scope of its
            // own from it (EventScopedSubscriptionStrategy).
            await using var scope = http.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentViewer>().ActFor(_user!);
            var result = await executer.ExecuteAsync(new ExecutionOptions
            {
                Query = request.Query,
                OperationName = request.OperationName,
                Variables = request.Variables,
                Extensions = request.Extensions,
                RequestServices = scope.ServiceProvider,
                User = _user,
                CancellationToken = operation.Token,
            });

            if (result.Streams is { Count: 1 } streams)
            {
                await StreamAsync(id, streams.Values.Single(), operation.Token);
            }
            else if (!result.Executed || result.Operation?.Operation == OperationType.Subscription)
            {
                // Refused before any event: invalid, or the stream could not start (FORBIDDEN, say).
                await SendErrorsAsync(id, result);
            }
            else
            {
                await BeforeAnswer.CompleteAsync(scope.ServiceProvider, operation.Token);
                await SendAsync(Message("next", id, result));
                await SendAsync(new JsonObject { ["type"] = "complete", ["id"] = id });
            }
        }
        catch (OperationCanceledException) when (operation.IsCancellationRequested)
        {
            // Completed by the client, or the connection closed.
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Operation {Id} failed.", id);
            await SendErrorsAsync(id, new ExecutionResult { Errors = [new ExecutionError("Something went wrong on our side; it has been logged.") { Code = GraphQLErrorCodes.InternalError }] });
        }
        finally
        {
            _operations.TryRemove(new KeyValuePair<string, CancellationTokenSource>(id, operation));
            operation.Dispose();
        }
    }

    /// <summary>Sends each event as `next` until the client completes the operation or the stream ends.</summary>
    private async Task StreamAsync(string id, IObservable<ExecutionResult> stream, CancellationToken cancellationToken)
    {
        var ended = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = stream.Subscribe(new Observer(
            next: result => SendAsync(Message("next", id, result)),
            ended: () => ended.TrySetResult()));
        using var cancelled = cancellationToken.Register(() => ended.TrySetCanceled(cancellationToken));
        await ended.Task;
        await SendAsync(new JsonObject { ["type"] = "complete", ["id"] = id });
    }

    private Task SendErrorsAsync(string id, ExecutionResult result)
    {
        var errors = JsonNode.Parse(serializer.Serialize(result))?["errors"]?.DeepClone() ?? new JsonArray();
        return SendAsync(new JsonObject { ["type"] = "error", ["id"] = id, ["payload"] = errors });
    }

    private JsonObject Message(string type, string id, ExecutionResult result) =>
        new() { ["type"] = type, ["id"] = id, ["payload"] = JsonNode.Parse(serializer.Serialize(result)) };

    private async Task SendAsync(JsonObject message)
    {
        var bytes = Encoding.UTF8.GetBytes(message.ToJsonString());
        await _sending.WaitAsync();
        try
        {
            if (socket.State == WebSocketState.Open) await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
        }
        catch (WebSocketException)
        {
            // The client is gone; the receive loop ends the session.
        }
        finally
        {
            _sending.Release();
        }
    }

    private Task CloseAsync(int code, string reason) => CloseAsync((WebSocketCloseStatus)code, reason);

    private async Task CloseAsync(WebSocketCloseStatus status, string reason)
    {
        await _sending.WaitAsync();
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived) await socket.CloseOutputAsync(status, reason, CancellationToken.None);
        }
        catch (WebSocketException)
        {
            // Already gone.
        }
        finally
        {
            _sending.Release();
            // Operations stop now; the receive loop waits a moment for the client's close frame,
            // so that the client reads our close code rather than a dropped connection.
            await _lifetime.CancelAsync();
            _receiving.CancelAfter(CloseHandshakeTimeout);
        }
    }

    private sealed class Observer(Func<ExecutionResult, Task> next, Action ended) : IObserver<ExecutionResult>
    {
        public void OnNext(ExecutionResult value) => next(value).GetAwaiter().GetResult();

        public void OnError(Exception error) => ended();

        public void OnCompleted() => ended();
    }
}
