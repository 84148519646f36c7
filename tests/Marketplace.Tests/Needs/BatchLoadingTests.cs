using Marketplace.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Tests.Needs;

/// <summary>Every relation goes through a per-request batch loader: the statements a page costs do not grow with the page.</summary>
public sealed class BatchLoadingTests(BatchLoadingTests.Fixture api) : IClassFixture<BatchLoadingTests.Fixture>
{
    private const string Page = """
        query($first: Int) {
          needs(first: $first) {
            nodes {
              id
              household { memberCount riskLevel community { name } }
              category { name parent { name } }
              region { name parent { name parent { name } } }
              matches { status }
              timeline { kind }
            }
          }
        }
        """;

    [Fact]
    public async Task A_page_of_50_needs_with_their_relations_costs_the_same_few_statements_as_a_page_of_5()
    {
        await StatementsForAsync(1); // warm-up: the first request also loads the model and PostGIS types.

        var forFive = await StatementsForAsync(5);
        var forFifty = await StatementsForAsync(50);

        // One statement for the page, then one per loader per level: households, categories,
        // regions, matches and timelines; communities with parent regions, parent categories;
        // grandparent regions. Rows already loaded in the request are not fetched again, so a level
        // may cost nothing; nothing is ever fetched need by need.
        Assert.InRange(forFive.Count, 6, 9);
        Assert.True(forFifty.Count is >= 6 and <= 9, string.Join("\n---\n", forFifty));
        Assert.Single(forFifty, s => s.Contains("FROM needs", StringComparison.Ordinal));
        Assert.Single(forFifty, s => s.Contains("FROM households", StringComparison.Ordinal));
    }

    private async Task<IReadOnlyList<string>> StatementsForAsync(int first)
    {
        api.Counter.Reset();
        await api.Client.DataAsync(Page, new { first });
        // Not counted: the lookup of the signed-in user's account, made on a first request and then kept.
        return [.. api.Counter.Statements.Where(s => !s.Contains("FROM user_accounts", StringComparison.Ordinal))];
    }

    public sealed class Fixture : ApiFixture
    {
        public SqlStatementCounter Counter { get; } = new();

        protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<IInterceptor>(Counter);
    }
}
