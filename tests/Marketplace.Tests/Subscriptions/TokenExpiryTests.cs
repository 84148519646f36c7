using Marketplace.Api.Identity;
using Marketplace.DemoData;
using Marketplace.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Tests.Subscriptions;

/// <summary>A WebSocket connection lives no longer than the token it was opened with.</summary>
public sealed class TokenExpiryTests(TokenExpiryTests.ShortTokens api) : IClassFixture<TokenExpiryTests.ShortTokens>
{
    [Fact]
    public async Task The_connection_is_closed_with_4403_when_its_token_expires()
    {
        await using var socket = await api.ConnectAsync();
        await socket.InitialiseAsync(await api.TokenForAsync(DemoIds.OfficerXiaoyaojin));
        await socket.SubscribeAsync("1", "subscription { needChanged(regionCode: \"340103002000\") { kind } }");

        // The token's "exp" has whole seconds: it ends within 1 to 2 seconds of being issued.
        Assert.Equal(4403, await socket.ClosedWithAsync(TimeSpan.FromSeconds(10)));
    }

    public sealed class ShortTokens : ApiFixture
    {
        protected override void ConfigureServices(IServiceCollection services) =>
            services.PostConfigure<MarketplaceAuthenticationOptions>(o => o.Local.TokenLifetime = TimeSpan.FromSeconds(2));
    }
}
