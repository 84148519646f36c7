using System.Text.Json.Nodes;
using Marketplace.Api.GraphQL.Transport;
using Marketplace.DemoData;
using Marketplace.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Tests.Subscriptions;

/// <summary>What one WebSocket connection may hold: a time to initialise, a number of operations.</summary>
public sealed class ConnectionLimitTests(ConnectionLimitTests.TightLimits api) : IClassFixture<ConnectionLimitTests.TightLimits>
{
    private const string Subscription = "subscription { needChanged(regionCode: \"340103002000\") { kind } }";

    [Fact]
    public async Task A_connection_that_does_not_initialise_in_time_is_closed_with_4408()
    {
        await using var socket = await api.ConnectAsync();

        Assert.Equal(4408, await socket.ClosedWithAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task Past_its_operations_a_connection_gets_an_error_and_may_subscribe_again_once_one_completes()
    {
        await using var socket = await api.ConnectAsync();
        await socket.InitialiseAsync(await api.TokenForAsync(DemoIds.OfficerXiaoyaojin));
        await socket.SubscribeAsync("a", Subscription);
        await socket.SubscribeAsync("b", Subscription);

        await socket.SubscribeAsync("c", Subscription);
        var refused = await socket.ReceiveAsync();
        Assert.Equal(("error", "c"), (refused!["type"]!.GetValue<string>(), refused["id"]!.GetValue<string>()));
        Assert.Equal("TOO_MANY_SUBSCRIPTIONS", refused["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());

        // Completing one frees its place (the operation ends a moment after the message).
        await socket.SendAsync(new JsonObject { ["type"] = "complete", ["id"] = "a" });
        JsonObject? answer = null;
        for (var attempt = 1; attempt <= 50; attempt++)
        {
            await socket.SubscribeAsync($"me{attempt}", "{ me { login } }");
            answer = await socket.ReceiveAsync();
            if (answer!["type"]!.GetValue<string>() != "error") break;
            await Task.Delay(50);
        }
        Assert.Equal("next", answer!["type"]!.GetValue<string>());
        Assert.Equal(DemoIds.OfficerXiaoyaojin, answer["payload"]!["data"]!["me"]!["login"]!.GetValue<string>());
    }

    public sealed class TightLimits : ApiFixture
    {
        protected override void ConfigureServices(IServiceCollection services) =>
            services.PostConfigure<SubscriptionOptions>(o =>
            {
                o.ConnectionInitTimeout = TimeSpan.FromSeconds(1);
                o.MaxOperationsPerConnection = 2;
            });
    }
}
