using Marketplace.DemoData;
using Marketplace.Tests.Infrastructure;
using static Marketplace.Tests.Regions.RegionFiles;

namespace Marketplace.Tests.Clearance;

/// <summary>Populations imported with importRegions feed the office's social workers per 3,000 residents.</summary>
public sealed class StaffingTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Stats = """
        query($region: String!) {
          clearanceStats(regionCode: $region, groupBy: COMMUNITY) {
            staffing { regionCode population socialWorkers socialWorkersPer3000Residents }
            groups { key staffing { population socialWorkers socialWorkersPer3000Residents } }
          }
        }
        """;

    [Fact]
    public async Task Workers_per_3000_residents_of_a_sub_district_and_its_communities_once_their_populations_are_imported()
    {
        var before = (await api.Client.DataAsync(Stats, new { region = DemoIds.XiaoyaojinSubDistrict }))["clearanceStats"]!;
        await ImportPopulationsAsync((DemoIds.XiaoyaojinSubDistrict, 30_000), (DemoIds.XianqiaoCommunity, 6_000));
        var after = (await api.Client.DataAsync(Stats, new { region = DemoIds.XiaoyaojinSubDistrict }))["clearanceStats"]!;

        // worker.xianqiao (Xianqiao community) and worker2.xianqiao (the sub-district itself).
        Assert.Equal((2, null), (before["staffing"]!["socialWorkers"]!.GetValue<int>(), before["staffing"]!["socialWorkersPer3000Residents"]?.GetValue<double>()));
        Assert.Equal((30_000, 2, 0.2), (after["staffing"]!["population"]!.GetValue<int>(), after["staffing"]!["socialWorkers"]!.GetValue<int>(),
            after["staffing"]!["socialWorkersPer3000Residents"]!.GetValue<double>()));
        var xianqiao = after["groups"]!.AsArray().Single(g => g!["key"]!.GetValue<string>() == DemoIds.XianqiaoCommunity)!["staffing"]!;
        Assert.Equal((6_000, 1, 0.5), (xianqiao["population"]!.GetValue<int>(), xianqiao["socialWorkers"]!.GetValue<int>(), xianqiao["socialWorkersPer3000Residents"]!.GetValue<double>()));
        var unknown = after["groups"]!.AsArray().First(g => g!["key"]!.GetValue<string>() != DemoIds.XianqiaoCommunity)!["staffing"]!;
        Assert.Null(unknown["socialWorkersPer3000Residents"]);
    }

    private async Task ImportPopulationsAsync(params (string Code, int Population)[] regions)
    {
        var features = new List<object>();
        foreach (var (code, population) in regions)
        {
            var region = (await api.Client.DataAsync("query($code: String!) { region(code: $code) { name centroid { coordinates } } }", new { code }))["region"]!;
            var at = region["centroid"]!["coordinates"]!.AsArray();
            features.Add(Feature(code, region["name"]!.GetValue<string>(), PointAt(at[0]!.GetValue<double>(), at[1]!.GetValue<double>()), population));
        }
        var result = await api.Client.DataAsync("mutation($geojson: String!) { importRegions(geojson: $geojson, dryRun: false) { applied problems { message } } }",
            new { geojson = Collection([.. features]) });
        Assert.True(result["importRegions"]!["applied"]!.GetValue<bool>(), result.ToJsonString());
    }
}
