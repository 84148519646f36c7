using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Tests.Infrastructure;

/// <summary>The API on its own fresh database, through WebApplicationFactory.</summary>
public class ApiFixture : DatabaseFixture
{
    private WebApplicationFactory<Program>? _factory;

    public GraphQLClient Client { get; private set; } = null!;
    public IServiceProvider Services => _factory!.Services;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web => web
            .UseEnvironment("Testing")
            .UseSetting("ConnectionStrings:Marketplace", ConnectionString)
            .ConfigureServices(ConfigureServices));
        Client = new GraphQLClient(_factory.CreateClient());
    }

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
