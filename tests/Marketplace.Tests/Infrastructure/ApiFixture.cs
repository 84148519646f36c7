using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Marketplace.DemoData;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Tests.Infrastructure;

/// <summary>The API on its own fresh database, through WebApplicationFactory.</summary>
public class ApiFixture : DatabaseFixture
{
    private WebApplicationFactory<Program>? _factory;

    /// <summary>Signed in as the demo admin, who may read everything.</summary>
    public GraphQLClient Client { get; private set; } = null!;

    /// <summary>No token at all.</summary>
    public GraphQLClient Anonymous { get; private set; } = null!;
    public IServiceProvider Services => _factory!.Services;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _factory = NewHost();
        Anonymous = new GraphQLClient(_factory.CreateClient());
        Client = await ClientForAsync(DemoIds.Admin);
    }

    /// <summary>
    /// An API host on this fixture's database. The fixture has one; a test may start another, as a
    /// second instance behind a load balancer would be (dispose it when done).
    /// </summary>
    public WebApplicationFactory<Program> NewHost() => HostOn(ConnectionString).WithWebHostBuilder(web => web.ConfigureServices(ConfigureServices));

    /// <summary>The API as the tests run it, on the given database; a test may set more (another authentication mode).</summary>
    public static WebApplicationFactory<Program> HostOn(string connectionString) => new WebApplicationFactory<Program>().WithWebHostBuilder(web => web
        .UseEnvironment("Testing")
        .UseSetting("ConnectionStrings:Marketplace", connectionString)
        // Tests that need the sweep run it themselves, at a moment they choose.
        .UseSetting("Claims:SweepEnabled", "false")
        .UseSetting("Warnings:SweepEnabled", "false"));

    /// <summary>A client signed in as a demo user, with a token from `POST /dev/token`.</summary>
    public async Task<GraphQLClient> ClientForAsync(string login)
    {
        var http = _factory!.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenForAsync(login));
        return new GraphQLClient(http);
    }

    public async Task<string> TokenForAsync(string login)
    {
        using var http = _factory!.CreateClient();
        var response = await http.PostAsJsonAsync("/dev/token", new { user = login });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["access_token"]!.GetValue<string>();
    }

    /// <summary>A WebSocket to the GraphQL endpoint, offering the given subprotocols (graphql-transport-ws by default).</summary>
    public Task<GraphQLWebSocket> ConnectAsync(params string[] subProtocols) => GraphQLWebSocket.ConnectAsync(_factory!.Server, subProtocols);

    /// <summary>Where a test class adds services of its own to the API.</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    public override async Task DisposeAsync()
    {
        if (_factory is not null) await _factory.DisposeAsync();
        await base.DisposeAsync();
    }
}
