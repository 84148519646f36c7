using Marketplace.Api.GraphQL.Transport;
using Marketplace.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Tests.Transport;

public sealed class TimeoutTests(TimeoutTests.Fixture api) : IClassFixture<TimeoutTests.Fixture>
{
    [Fact]
    public async Task A_request_past_the_timeout_is_stopped_with_a_coded_error_not_a_fault()
    {
        var response = await api.Client.PostAsync("{ needs(first: 100) { totalCount nodes { household { needs { timeline { kind } } } } } }");

        Assert.True(response.Status == 503, response.RawBody);
        Assert.Equal("TIMEOUT", response.FirstErrorCode);
        Assert.False(response.Body!.ContainsKey("data"));
    }

    public sealed class Fixture : ApiFixture
    {
        // Signing in goes through /dev/token, outside GraphQL, so the tiny timeout spares it.
        protected override void ConfigureServices(IServiceCollection services) =>
            services.PostConfigure<GraphQLOptions>(o => o.RequestTimeout = TimeSpan.FromMilliseconds(1));
    }
}
