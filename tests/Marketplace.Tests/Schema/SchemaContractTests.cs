using Marketplace.Api.Schema;
using Marketplace.Tests.Infrastructure;

namespace Marketplace.Tests.Schema;

/// <summary>The schema is a contract: the committed SDL must be what the code serves.</summary>
public sealed class SchemaContractTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public void The_committed_schema_is_the_one_the_code_prints()
    {
        var committed = File.ReadAllText(Path.Combine(RepositoryRoot(), "schema", "marketplace.graphql"));

        var printed = SchemaSetup.PrintSchema(api.Services);

        Assert.True(committed == printed,
            "schema/marketplace.graphql differs from the schema the code serves. If the change is deliberate, run `make schema` and commit the file.");
    }

    [Fact]
    public void The_domain_does_not_know_the_GraphQL_engine()
    {
        var core = typeof(Marketplace.Core.Needs.Need).Assembly;

        Assert.DoesNotContain(core.GetReferencedAssemblies(), a => a.Name!.StartsWith("GraphQL", StringComparison.Ordinal));
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Marketplace.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Marketplace.sln not found above the test's folder.");
    }
}
