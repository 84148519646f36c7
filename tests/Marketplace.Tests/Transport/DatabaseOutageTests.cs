using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Marketplace.DemoData;
using Marketplace.Tests.Infrastructure;

namespace Marketplace.Tests.Transport;

/// <summary>
/// An API whose database is out of reach says so: DATABASE_UNAVAILABLE with 503 and Retry-After,
/// never INTERNAL_SERVER_ERROR; /healthz still answers (the process lives), /readyz does not.
/// </summary>
public sealed class DatabaseOutageTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Requests_that_need_the_database_answer_DATABASE_UNAVAILABLE_and_readiness_says_unready()
    {
        await using var host = ApiFixture.HostOn($"Host=127.0.0.1;Port={ClosedPort()};Username=marketplace;Password=marketplace;Database=marketplace;Timeout=2");
        var anonymous = new GraphQLClient(host.CreateClient());
        var signedIn = host.CreateClient();
        signedIn.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await api.TokenForAsync(DemoIds.WorkerXianqiao));

        var read = await anonymous.PostAsync("{ regions { code } }");
        var asJson = await anonymous.PostAsync("{ regions { code } }", accept: "application/json");
        var withToken = await new GraphQLClient(signedIn).PostAsync("{ me { login } }");
        var live = await host.CreateClient().GetAsync("/healthz");
        var ready = await host.CreateClient().GetAsync("/readyz");
        var readiness = JsonNode.Parse(await ready.Content.ReadAsStringAsync())!;

        Assert.Equal(503, read.Status);
        Assert.Equal("5", read.RetryAfter);
        Assert.Equal("DATABASE_UNAVAILABLE", read.FirstErrorCode);
        Assert.DoesNotContain("Npgsql", read.RawBody, StringComparison.Ordinal);
        Assert.Equal(200, asJson.Status);
        Assert.Equal("DATABASE_UNAVAILABLE", asJson.FirstErrorCode);
        Assert.Equal(503, withToken.Status);
        Assert.Equal("DATABASE_UNAVAILABLE", withToken.FirstErrorCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", readiness["checks"]!["database"]!["status"]!.GetValue<string>());
        Assert.Equal("Unhealthy", readiness["checks"]!["change-feed"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Readiness_is_ready_when_the_database_is_reachable_migrated_and_the_change_feed_listens()
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        HttpResponseMessage ready;
        // The change feed starts listening shortly after the host does.
        do
        {
            ready = await api.Anonymous.Http.GetAsync("/readyz");
            if (ready.StatusCode == HttpStatusCode.OK) break;
            await Task.Delay(200);
        }
        while (DateTime.UtcNow < deadline);
        var readiness = JsonNode.Parse(await ready.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("application/json; charset=utf-8", ready.Content.Headers.ContentType!.ToString());
        Assert.Equal(["change-feed", "database", "migrations"], readiness["checks"]!.AsObject().Select(c => c.Key).Order(StringComparer.Ordinal));
        Assert.All(readiness["checks"]!.AsObject(), c => Assert.Equal("Healthy", c.Value!["status"]!.GetValue<string>()));
    }

    /// <summary>A loopback port nothing listens on: a connection there is refused at once.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
