using Marketplace.DemoData;
using Marketplace.Tests.Infrastructure;

namespace Marketplace.Tests.Regions;

public sealed class RegionQueryTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task The_tree_starts_at_the_districts_of_the_reports()
    {
        var data = await api.Client.DataAsync("{ regions { code name level } }");

        var names = data["regions"]!.AsArray().Select(r => r!["name"]!.GetValue<string>()).ToList();
        Assert.Contains("静安区", names);
        Assert.Contains("庐阳区", names);
        Assert.Contains("文成县", names);
        Assert.All(data["regions"]!.AsArray(), r => Assert.Equal("DISTRICT", r!["level"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Jingan_has_its_14_sub_districts_and_towns()
    {
        var data = await api.Client.DataAsync($$"""{ region(code: "{{DemoIds.JinganDistrict}}") { children { name level } } }""");

        Assert.Equal(14, data["region"]!["children"]!.AsArray().Count);
    }

    [Fact]
    public async Task Xiaoyaojin_sub_district_with_its_communities_as_geojson()
    {
        var data = await api.Client.DataAsync($$"""
            {
              region(code: "{{DemoIds.XiaoyaojinSubDistrict}}") {
                code name level parentCode
                parent { name }
                centroid { type coordinates }
                children { code name level centroid { type coordinates } boundary { type } }
              }
            }
            """);

        JsonSnapshot.Match(data);
    }
}
