using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.TestHost;

namespace Marketplace.Tests.Infrastructure;

/// <summary>A test's end of a graphql-transport-ws connection: send messages, read them, or read the close.</summary>
public sealed class GraphQLWebSocket(WebSocket socket) : IAsyncDisposable
{
    public static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(5);

    public WebSocket Socket => socket;

    public static async Task<GraphQLWebSocket> ConnectAsync(TestServer server, params string[] subProtocols)
    {
        var client = server.CreateWebSocketClient();
        foreach (var protocol in subProtocols.Length == 0 ? ["graphql-transport-ws"] : subProtocols) client.SubProtocols.Add(protocol);
        return new GraphQLWebSocket(await client.ConnectAsync(new Uri(server.BaseAddress, "graphql"), CancellationToken.None));
    }

    /// <summary>connection_init with the token, and the server's connection_ack.</summary>
    public async Task InitialiseAsync(string? token)
    {
        await SendAsync(new JsonObject { ["type"] = "connection_init", ["payload"] = token is null ? new JsonObject() : new JsonObject { ["authorization"] = $"Bearer {token}" } });
        var ack = await ReceiveAsync();
        Assert.Equal("connection_ack", ack?["type"]?.GetValue<string>());
    }

    public Task SubscribeAsync(string id, string query, object? variables = null) => SendAsync(new JsonObject
    {
        ["type"] = "subscribe",
        ["id"] = id,
        ["payload"] = new JsonObject { ["query"] = query, ["variables"] = variables is null ? null : JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(variables)) },
    });

    public Task SendAsync(JsonObject message) => SendTextAsync(message.ToJsonString());

    public Task SendTextAsync(string text) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

    /// <summary>The next message, or null when the server closed the connection (see <see cref="WebSocket.CloseStatus"/>).</summary>
    public async Task<JsonObject?> ReceiveAsync(TimeSpan? wait = null)
    {
        using var timeout = new CancellationTokenSource(wait ?? DefaultWait);
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var received = await socket.ReceiveAsync(buffer, timeout.Token);
            if (received.MessageType == WebSocketMessageType.Close) return null;
            message.Write(buffer, 0, received.Count);
            if (received.EndOfMessage) return JsonNode.Parse(message.ToArray())!.AsObject();
        }
    }

    /// <summary>The close code the server sent, after reading whatever came before it.</summary>
    public async Task<int?> ClosedWithAsync(TimeSpan? wait = null)
    {
        while (await ReceiveAsync(wait) is not null)
        {
        }
        return (int?)socket.CloseStatus;
    }

    public async ValueTask DisposeAsync()
    {
        if (socket.State == WebSocketState.Open) await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", CancellationToken.None);
        socket.Dispose();
    }
}
