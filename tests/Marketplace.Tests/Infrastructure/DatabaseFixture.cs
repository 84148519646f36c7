using Marketplace.Core.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Marketplace.Tests.Infrastructure;

/// <summary>One fresh database per test class, cloned from the demo-data template.</summary>
public class DatabaseFixture : IAsyncLifetime
{
    public string ConnectionString { get; private set; } = "";
    public PooledDbContextFactory<MarketplaceDbContext> Contexts { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        ConnectionString = await TestDatabases.CreateAsync();
        Contexts = TestDatabases.ContextFactory(ConnectionString);
    }

    public virtual async Task DisposeAsync() => await TestDatabases.DropAsync(ConnectionString);
}
