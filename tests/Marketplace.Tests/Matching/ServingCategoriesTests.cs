using Marketplace.Core.Categories;
using Marketplace.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Marketplace.Tests.Matching;

/// <summary>
/// "Which categories may serve a need of this one" is written twice, side by side in
/// CategoryTaxonomy: in C# over the cached tree (projects, allocation, coverage gaps) and in SQL
/// (a need's suggestions, in one round trip). They must agree for every category.
/// </summary>
public sealed class ServingCategoriesTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task The_SQL_walk_and_the_cached_tree_give_the_same_categories_for_every_category()
    {
        var taxonomy = new CategoryTaxonomy(api.Contexts, TimeProvider.System);
        var categories = await taxonomy.AllAsync(CancellationToken.None);
        await using var db = await api.Contexts.CreateDbContextAsync();
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await connection.OpenAsync();

        foreach (var category in categories)
        {
            await using var walk = new NpgsqlCommand($"WITH RECURSIVE need AS (SELECT $1::varchar AS category_code), {CategoryTaxonomy.ServingCte} SELECT code FROM serving", connection)
            {
                Parameters = { new() { Value = category.Code } },
            };
            var inSql = new List<string>();
            await using (var reader = await walk.ExecuteReaderAsync()) while (await reader.ReadAsync()) inSql.Add(reader.GetString(0));

            var inCSharp = await taxonomy.ServingAsync(category.Code, CancellationToken.None);

            Assert.Equal(inCSharp.Order(StringComparer.Ordinal), inSql.Order(StringComparer.Ordinal));
        }
        Assert.Contains(categories, c => c.ParentCode is not null && categories.Any(p => p.Code == c.ParentCode && p.ParentCode is not null));
    }
}
