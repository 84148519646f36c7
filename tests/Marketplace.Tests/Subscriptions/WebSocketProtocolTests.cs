using System.Text.Json.Nodes;
using Marketplace.DemoData;
using Marketplace.Tests.Infrastructure;

namespace Marketplace.Tests.Subscriptions;

/// <summary>The graphql-transport-ws protocol's rules, each with the close code the specification gives it.</summary>
public sealed class WebSocketProtocolTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Another_subprotocol_is_closed_with_4406()
    {
        await using var socket = await api.ConnectAsync("graphql-ws");
        Assert.Equal(4406, await socket.ClosedWithAsync());
    }

    [Fact]
    public async Task Subscribing_before_connection_init_is_closed_with_4401()
    {
        await using var socket = await api.ConnectAsync();
        await socket.SubscribeAsync("1", "{ categories { code } }");
        Assert.Equal(4401, await socket.ClosedWithAsync());
    }

    [Fact]
    public async Task A_second_connection_init_is_closed_with_4429()
    {
        await using var socket = await api.ConnectAsync();
        await socket.InitialiseAsync(await api.TokenForAsync(DemoIds.Admin));
        await socket.SendAsync(new JsonObject { ["type"] = "connection_init" });
        Assert.Equal(4429, await socket.ClosedWithAsync());
    }

    [Fact]
    public async Task A_bad_token_is_closed_with_4403()
    {
        await using var socket = await api.ConnectAsync();
        await socket.SendAsync(new JsonObject { ["type"] = "connection_init", ["payload"] = new JsonObject { ["authorization"] = "Bearer not-a-token" } });
        Assert.Equal(4403, await socket.ClosedWithAsync());
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"type\":\"shout\"}")]
    [InlineData("{\"id\":\"1\"}")]
    public async Task An_invalid_message_is_closed_with_4400(string text)
    {
        await using var socket = await api.ConnectAsync();
        await socket.InitialiseAsync(await api.TokenForAsync(DemoIds.Admin));
        await socket.SendTextAsync(text);
        Assert.Equal(4400, await socket.ClosedWithAsync());
    }

    [Fact]
    public async Task Reusing_a_running_operation_id_is_closed_with_4409()
    {
        await using var socket = await api.ConnectAsync();
        await socket.InitialiseAsync(await api.TokenForAsync(DemoIds.OfficerXiaoyaojin));
        const string Subscription = "subscription { needChanged(regionCode: \"340103002000\") { kind } }";
        await socket.SubscribeAsync("same", Subscription);
        await socket.SubscribeAsync("same", Subscription);
        Assert.Equal(4409, await socket.ClosedWithAsync());
    }

    [Fact]
    public async Task Ping_is_answered_with_pong_and_queries_with_next_then_complete()
    {
        await using var socket = await api.ConnectAsync();
        await socket.InitialiseAsync(await api.TokenForAsync(DemoIds.Admin));
        await socket.SendAsync(new JsonObject { ["type"] = "ping" });
        Assert.Equal("pong", (await socket.ReceiveAsync())!["type"]!.GetValue<string>());

        await socket.SubscribeAsync("q", "{ me { login } }");
        var next = await socket.ReceiveAsync();
        Assert.Equal(("next", "q"), (next!["type"]!.GetValue<string>(), next["id"]!.GetValue<string>()));
        Assert.Equal(DemoIds.Admin, next["payload"]!["data"]!["me"]!["login"]!.GetValue<string>());
        Assert.Equal("complete", (await socket.ReceiveAsync())!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_invalid_document_gets_an_error_message_and_the_connection_stays_open()
    {
        await using var socket = await api.ConnectAsync();
        await socket.InitialiseAsync(await api.TokenForAsync(DemoIds.Admin));
        await socket.SubscribeAsync("bad", "subscription { noSuchField }");
        var error = await socket.ReceiveAsync();
        Assert.Equal("error", error!["type"]!.GetValue<string>());
        Assert.NotEmpty(error["payload"]!.AsArray());

        await socket.SendAsync(new JsonObject { ["type"] = "ping" });
        Assert.Equal("pong", (await socket.ReceiveAsync())!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Without_a_token_subscriptions_are_refused_as_unauthenticated()
    {
        await using var socket = await api.ConnectAsync();
        await socket.InitialiseAsync(token: null);
        await socket.SubscribeAsync("1", "subscription { needChanged(regionCode: \"340103002000\") { kind } }");
        var error = await socket.ReceiveAsync();
        Assert.Equal("error", error!["type"]!.GetValue<string>());
        Assert.Equal("UNAUTHENTICATED", error["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_subscription_over_plain_HTTP_is_refused_with_a_pointer_to_the_WebSocket()
    {
        var response = await api.Client.PostAsync("subscription { needChanged(regionCode: \"340103002000\") { kind } }");
        Assert.Equal(400, response.Status);
        Assert.Equal("BAD_REQUEST", response.FirstErrorCode);
        Assert.Contains("WebSocket", response.Errors![0]!["message"]!.GetValue<string>());
    }
}
