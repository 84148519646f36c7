using System.Text.Json.Nodes;
using Marketplace.Core.Categories;
using Marketplace.Core.Needs;
using Marketplace.DemoData;
using Marketplace.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Tests.Needs;

/// <summary>Filtering and paging the needs list, against the demo data whose figures come from the reports.</summary>
public sealed class NeedsQueryTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Count = """
        query($filter: NeedFilter) { needs(filter: $filter, first: 0) { totalCount } }
        """;

    [Fact]
    public async Task Xianqiao_has_the_reported_239_needs_of_which_180_are_cleared()
    {
        Assert.Equal(239, await CountAsync(new { regionCode = DemoIds.XianqiaoCommunity }));
        Assert.Equal(180, await CountAsync(new { regionCode = DemoIds.XianqiaoCommunity, statuses = new[] { "CLEARED" } }));
    }

    [Fact]
    public async Task A_region_filter_includes_every_level_below_it()
    {
        await using var db = await api.Contexts.CreateDbContextAsync();
        var inJingan = await db.Needs.CountAsync(n => n.RegionCode.StartsWith("310106"));
        var inJiangningRoad = await db.Needs.CountAsync(n => n.RegionCode.StartsWith("310106006"));
        var inXiaoyaojin = await db.Needs.CountAsync(n => n.RegionCode.StartsWith("340103002"));

        Assert.Equal(inJingan, await CountAsync(new { regionCode = DemoIds.JinganDistrict }));
        Assert.Equal(inJiangningRoad, await CountAsync(new { regionCode = DemoIds.JiangningRoadSubDistrict }));
        Assert.Equal(inXiaoyaojin, await CountAsync(new { regionCode = DemoIds.XiaoyaojinSubDistrict }));
        Assert.True(inJingan > inJiangningRoad && inJiangningRoad > 0, "the demo data should spread needs over Jing'an's sub-districts");
        Assert.True(inXiaoyaojin > 239, "Xiaoyaojin should have needs beside Xianqiao's");
    }

    [Fact]
    public async Task Filters_by_status_category_and_urgency_combine()
    {
        await using var db = await api.Contexts.CreateDbContextAsync();
        var parent = await db.NeedCategories.Where(c => db.Set<NeedCategory>().Any(child => child.ParentCode == c.Code)).Select(c => c.Code).FirstAsync();
        var family = await db.NeedCategories.Where(c => c.Code == parent || c.ParentCode == parent).Select(c => c.Code).ToListAsync();
        var expected = await db.Needs.CountAsync(n =>
            family.Contains(n.CategoryCode)
            && (n.Status == Core.Needs.NeedStatus.Reported || n.Status == Core.Needs.NeedStatus.Verified)
            && n.Urgency >= Core.Needs.Urgency.High);

        var actual = await CountAsync(new { categories = new[] { parent }, statuses = new[] { "REPORTED", "VERIFIED" }, urgencies = new[] { "HIGH", "CRITICAL" } });

        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("NEWEST")]
    [InlineData("OLDEST")]
    [InlineData("MOST_URGENT")]
    [InlineData("DUE_SOONEST")]
    public async Task Paging_through_the_list_returns_every_need_once_in_order(string orderBy)
    {
        var seen = new List<JsonNode>();
        string? after = null;
        bool hasNext;
        do
        {
            var data = await api.Client.DataAsync("""
                query($filter: NeedFilter, $after: String, $orderBy: NeedOrderBy) {
                  needs(filter: $filter, first: 50, after: $after, orderBy: $orderBy) {
                    nodes { id reportedAt urgency dueDate }
                    pageInfo { hasNextPage endCursor }
                  }
                }
                """, new { filter = new { regionCode = DemoIds.XianqiaoCommunity }, after, orderBy });
            var needs = data["needs"]!;
            seen.AddRange(needs["nodes"]!.AsArray().Select(n => n!));
            hasNext = needs["pageInfo"]!["hasNextPage"]!.GetValue<bool>();
            after = needs["pageInfo"]!["endCursor"]?.GetValue<string>();
        }
        while (hasNext);

        Assert.Equal(239, seen.Count);
        Assert.Equal(239, seen.Select(n => n["id"]!.GetValue<string>()).Distinct().Count());
        var keys = seen.Select(n => SortKey(n, orderBy)).ToList();
        Assert.Equal(keys.Order(StringComparer.Ordinal), keys);
    }

    private async Task<int> CountAsync(object filter) =>
        (await api.Client.DataAsync(Count, new { filter }))["needs"]!["totalCount"]!.GetValue<int>();

    // Encodes each ordering's sort key as a string that sorts ordinally in the expected order.
    private static string SortKey(JsonNode need, string orderBy)
    {
        var reportedAt = DateTimeOffset.Parse(need["reportedAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture).UtcTicks;
        var urgencyRank = Array.IndexOf(["CRITICAL", "HIGH", "NORMAL", "LOW"], need["urgency"]!.GetValue<string>());
        var due = need["dueDate"]?.GetValue<string>() ?? "9999-12-31";
        return orderBy switch
        {
            "NEWEST" => (long.MaxValue - reportedAt).ToString("D20", System.Globalization.CultureInfo.InvariantCulture),
            "OLDEST" => reportedAt.ToString("D20", System.Globalization.CultureInfo.InvariantCulture),
            "MOST_URGENT" => $"{urgencyRank}|{long.MaxValue - reportedAt:D20}",
            _ => due,
        };
    }
}
