using System.Text.Json.Nodes;
using Marketplace.DemoData;
using Marketplace.Tests.Infrastructure;

namespace Marketplace.Tests.Transport;

/// <summary>The same document sent over HTTP (a POST) or over WebSocket (a graphql-transport-ws `subscribe`), as the demo admin.</summary>
public static class BothTransports
{
    public const string Http = "HTTP";
    public const string WebSocket = "WebSocket";

    public static readonly string[] All = [Http, WebSocket];

    public static TheoryData<string> Names => new(All);

    /// <summary>The first error's code and message, with which the transport refused the document.</summary>
    public static async Task<(string? Code, string? Message)> RefusalAsync(ApiFixture api, string transport, string query)
    {
        var errors = transport == Http ? (await api.Client.PostAsync(query)).Errors : await WebSocketErrorsAsync(api, query);
        Assert.NotNull(errors);
        return (errors[0]?["extensions"]?["code"]?.GetValue<string>(), errors[0]?["message"]?.GetValue<string>());
    }

    /// <summary>The payload of the `error` message that answers the `subscribe`; the connection stays open.</summary>
    private static async Task<JsonArray> WebSocketErrorsAsync(ApiFixture api, string query)
    {
        await using var socket = await api.ConnectAsync();
        await socket.InitialiseAsync(await api.TokenForAsync(DemoIds.Admin));
        await socket.SubscribeAsync("hostile", query);
        var answer = await socket.ReceiveAsync();
        Assert.Equal(("error", "hostile"), (answer?["type"]?.GetValue<string>(), answer?["id"]?.GetValue<string>()));

        await socket.SendAsync(new JsonObject { ["type"] = "ping" });
        Assert.Equal("pong", (await socket.ReceiveAsync())?["type"]?.GetValue<string>());
        return answer!["payload"]!.AsArray();
    }
}
