namespace Marketplace.Core.Data;

/// <summary>
/// The one context. It names no feature: each feature configures its entities beside them
/// (<see cref="IEntityTypeConfiguration{TEntity}"/>, found in this assembly) and gives the context
/// its tables as extension properties (<c>db.Needs</c> is Needs' own <c>NeedTables</c>). With no
/// DbSet to take a table's name from, each entity names its own (<c>[Table("needs")]</c>): a name
/// given in a configuration comes too late for the names of the foreign keys that point at it.
/// </summary>
public sealed class MarketplaceDbContext(DbContextOptions<MarketplaceDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasPostgresExtension("postgis");
        // Lets one GiST index cover (category, location), so "nearest open resources of this
        // category" is a single index scan.
        modelBuilder.HasPostgresExtension("btree_gist");
        // Trigram similarity of names and addresses, for the registry's suspected duplicates.
        modelBuilder.HasPostgresExtension("pg_trgm");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MarketplaceDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: readable in psql and in exports, stable when members are added.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
    }
}
