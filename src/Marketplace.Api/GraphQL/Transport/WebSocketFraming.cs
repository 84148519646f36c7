using System.Net.WebSockets;

namespace Marketplace.Api.GraphQL.Transport;

/// <summary>
/// The socket under a graphql-transport-ws connection: whole text messages in (bounded by
/// <c>maxMessageBytes</c>), messages out one at a time, and the close handshake. Knows nothing
/// of the protocol's messages.
/// </summary>
public sealed class WebSocketFraming(WebSocket socket, int maxMessageBytes, TimeSpan sendTimeout) : IDisposable
{
    private static readonly TimeSpan CloseHandshakeTimeout = TimeSpan.FromSeconds(2);
    private readonly SemaphoreSlim _sending = new(1, 1);
    private readonly CancellationTokenSource _closing = new();
    private readonly CancellationTokenSource _receiving = new();

    /// <summary>Cancelled once the connection is closing, from either side: what runs on it stops.</summary>
    public CancellationToken Closing => _closing.Token;

    /// <summary>The client went away, or stopped reading: stop at once, the socket too.</summary>
    public void Abort()
    {
        _closing.Cancel();
        _receiving.Cancel();
        socket.Abort();
    }

    /// <summary>One whole text message, or null once the connection is closed (by the client, or for a frame we refuse).</summary>
    public async Task<byte[]?> ReceiveAsync()
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
            if (buffer.Length + received.Count > maxMessageBytes)
            {
                await CloseAsync(WebSocketCloseStatus.MessageTooBig, $"Messages are at most {maxMessageBytes} bytes");
                return null;
            }
            buffer.Write(chunk, 0, received.Count);
            if (received.EndOfMessage) return buffer.ToArray();
        }
    }

    /// <summary>
    /// Sends one text message after any other being sent; nothing once the socket is closing or
    /// gone. A message is not cancelled half-way (a message cut short would break the framing for
    /// every operation): a client that takes longer than the send timeout to take one in has
    /// stopped reading, and the connection is aborted, so that it cannot hold the server's
    /// sends (and the operations behind them) for ever. Kestrel's data-rate limits do not apply
    /// to an upgraded connection.
    /// </summary>
    public async Task SendAsync(ReadOnlyMemory<byte> utf8Json, CancellationToken cancellationToken)
    {
        await _sending.WaitAsync(cancellationToken);
        try
        {
            if (socket.State == WebSocketState.Open) await WithinSendTimeoutAsync(ct => socket.SendAsync(utf8Json, WebSocketMessageType.Text, endOfMessage: true, ct));
        }
        catch (WebSocketException)
        {
            // The client is gone; the receive loop ends the connection.
        }
        finally
        {
            _sending.Release();
        }
    }

    private async Task WithinSendTimeoutAsync(Func<CancellationToken, ValueTask> send)
    {
        using var timeout = new CancellationTokenSource(sendTimeout);
        try
        {
            await send(timeout.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            Abort();
        }
    }

    /// <summary>Closes with one of the protocol's own codes (4400…4499).</summary>
    public Task CloseAsync(int code, string reason) => CloseAsync((WebSocketCloseStatus)code, reason);

    /// <summary>
    /// Sends our close frame; what runs on the connection stops now, and the receive loop waits a
    /// moment for the client's close frame, so that the client reads our code rather than a
    /// dropped connection.
    /// </summary>
    public async Task CloseAsync(WebSocketCloseStatus status, string reason)
    {
        await _sending.WaitAsync();
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await WithinSendTimeoutAsync(ct => new ValueTask(socket.CloseOutputAsync(status, reason, ct)));
            }
        }
        catch (WebSocketException)
        {
            // Already gone.
        }
        finally
        {
            _sending.Release();
            await _closing.CancelAsync();
            _receiving.CancelAfter(CloseHandshakeTimeout);
        }
    }

    public void Dispose()
    {
        _closing.Dispose();
        _receiving.Dispose();
        _sending.Dispose();
    }
}
