using Marketplace.Core.Commands;
using Marketplace.Core.Households;
using Marketplace.Core.Identity;
using Marketplace.Core.Matching;
using Marketplace.Core.Needs;
using Marketplace.Core.Organisations;
using Marketplace.Core.Projects;
using Marketplace.Core.Regions;
using Marketplace.Core.Resources;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Core.Data;

public sealed class MarketplaceDbContext(DbContextOptions<MarketplaceDbContext> options) : DbContext(options)
{
    public DbSet<Region> Regions => Set<Region>();
    public DbSet<Household> Households => Set<Household>();
    public DbSet<NeedCategory> NeedCategories => Set<NeedCategory>();
    public DbSet<Need> Needs => Set<Need>();
    public DbSet<NeedEvent> NeedEvents => Set<NeedEvent>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Resource> Resources => Set<Resource>();
    public DbSet<CharityProject> CharityProjects => Set<CharityProject>();
    public DbSet<Match> Matches => Set<Match>();
    public DbSet<UserAccount> UserAccounts => Set<UserAccount>();
    public DbSet<PersonalDataRead> PersonalDataReads => Set<PersonalDataRead>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasPostgresExtension("postgis");
        // Lets one GiST index cover (category, location), so "nearest open resources of this
        // category" is a single index scan.
        modelBuilder.HasPostgresExtension("btree_gist");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MarketplaceDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: readable in psql and in exports, stable when members are added.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
    }
}
