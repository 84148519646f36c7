using Marketplace.Api;
using Marketplace.Api.Data;
using Marketplace.Api.Hosting;

var command = Command.Parse(args);
// appsettings.json sits beside the executable; `make run` starts it from the repository root.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = command.HostArguments,
    ContentRootPath = AppContext.BaseDirectory,
});
builder.AddMarketplaceData();
builder.AddMarketplaceHealth();
builder.AddMarketplaceIdentity();
builder.AddMarketplaceGraphQL();
builder.AddMarketplaceSchema();
builder.AddMarketplaceFeatures();

var app = builder.Build();
switch (command.Verb)
{
    case Command.PrintSchema:
        Console.Out.Write(SchemaSetup.PrintSchema(app.Services));
        return;
    case Command.Migrate:
        try
        {
            await DatabaseMigrator.MigrateAsync(app.Services, command.SeedDemoData, CancellationToken.None);
        }
        catch (UnknownMigrationHistoryException e)
        {
            Console.Error.WriteLine($"migrate: {e.Message}");
            Environment.ExitCode = 1;
        }
        return;
}

app.EnsureSafeToServe();
app.UseWebClient();
app.UseUnavailableAnswers();
app.UseAuthentication();
app.UseAuthorization();
app.MapMarketplaceGraphQL();
app.MapDevToken();
app.MapMarketplaceFeatures();
app.MapMarketplaceHealth();
app.Run();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
