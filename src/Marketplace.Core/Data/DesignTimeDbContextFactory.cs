using Microsoft.EntityFrameworkCore.Design;

namespace Marketplace.Core.Data;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the API or reaching a database.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<MarketplaceDbContext>
{
    public MarketplaceDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<MarketplaceDbContext>();
        options.UseMarketplaceDatabase("Host=127.0.0.1;Database=marketplace_design");
        return new MarketplaceDbContext(options.Options);
    }
}
