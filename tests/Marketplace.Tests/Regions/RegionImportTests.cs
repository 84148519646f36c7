using System.Text.Json.Nodes;
using Marketplace.DemoData;
using Marketplace.Tests.Infrastructure;
using static Marketplace.Tests.Regions.RegionFiles;

namespace Marketplace.Tests.Regions;

/// <summary>
/// importRegions checks a whole file before it writes anything, lists every problem with its
/// feature's index and code, and writes only when asked. Each test uses codes of its own under
/// Luyang district (340103), on the class's one database.
/// </summary>
public sealed class RegionImportTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Import = """
        mutation($geojson: String!, $dryRun: Boolean) {
          importRegions(geojson: $geojson, dryRun: $dryRun) {
            dryRun applied unchanged
            added { index code name level parentCode population hasBoundary }
            changed { index code nameBefore nameAfter populationBefore populationAfter populationChanged boundaryChanged centroidChanged }
            problems { index code problem message }
          }
        }
        """;

    private const string Preview = """
        mutation($geojson: String!) { importRegions(geojson: $geojson) { dryRun applied added { code } problems { problem } } }
        """;

    [Fact]
    public async Task A_community_outside_its_sub_district_is_refused_and_the_corrected_file_is_accepted()
    {
        var subDistrict = Feature("340103091000", "试验街道", Square(117.40, 31.95, 0.02), population: 30_000);
        var outside = Collection(subDistrict, Feature("340103091001", "越界社区", Square(117.45, 31.95, 0.005), population: 4_000));
        var corrected = Collection(subDistrict, Feature("340103091001", "越界社区", Square(117.41, 31.95, 0.005), population: 4_000));

        var refused = await ImportAsync(outside, dryRun: false);
        var nothingWritten = await RegionAsync("340103091000");
        var accepted = await ImportAsync(corrected, dryRun: false);
        var community = await RegionAsync("340103091001");
        var log = await api.Client.DataAsync("""{ adminAuditLog(filter: { subjectType: "Region", subjectId: "340103091001" }) { action actor before after } }""");

        Assert.False(refused["applied"]!.GetValue<bool>());
        var problem = Assert.Single(refused["problems"]!.AsArray())!;
        Assert.Equal((1, "340103091001", "OUTSIDE_PARENT"), (problem["index"]!.GetValue<int>(), problem["code"]!.GetValue<string>(), problem["problem"]!.GetValue<string>()));
        Assert.Contains("340103091000", problem["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(nothingWritten);

        Assert.True(accepted["applied"]!.GetValue<bool>());
        Assert.Empty(accepted["problems"]!.AsArray());
        Assert.Equal(["340103091000", "340103091001"], Codes(accepted["added"]));
        Assert.Equal("SUB_DISTRICT", accepted["added"]![0]!["level"]!.GetValue<string>());
        Assert.Equal(("越界社区", 4_000, "340103091000"), (community!["name"]!.GetValue<string>(), community["population"]!.GetValue<int>(), community["parentCode"]!.GetValue<string>()));
        var entry = Assert.Single(log["adminAuditLog"]!.AsArray())!;
        Assert.Equal(("region.added", DemoIds.Admin), (entry["action"]!.GetValue<string>(), entry["actor"]!.GetValue<string>()));
        Assert.Equal(4_000, JsonNode.Parse(entry["after"]!.GetValue<string>())!["population"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_dry_run_is_the_default_even_when_null_is_given_and_writes_nothing()
    {
        var file = Collection(Feature("340103092000", "预览街道", Square(117.50, 31.95, 0.02)));

        var preview = (await api.Client.DataAsync(Preview, new { geojson = file }))["importRegions"]!;
        var explicitNull = (await api.Client.DataAsync(Import, new { geojson = file, dryRun = (bool?)null }))["importRegions"]!;

        Assert.True(preview["dryRun"]!.GetValue<bool>());
        Assert.True(explicitNull["dryRun"]!.GetValue<bool>());
        Assert.False(preview["applied"]!.GetValue<bool>());
        Assert.Equal(["340103092000"], Codes(preview["added"]));
        Assert.Null(await RegionAsync("340103092000"));
    }

    [Fact]
    public async Task Every_problem_of_every_feature_is_listed_at_once_and_nothing_is_written()
    {
        var bowTie = new { type = "Polygon", coordinates = new[] { Ring((117.60, 31.90), (117.62, 31.92), (117.62, 31.90), (117.60, 31.92)) } };
        var twoParts = new { type = "MultiPolygon", coordinates = new[] { new[] { Ring((117.60, 31.90), (117.61, 31.90), (117.61, 31.91)) }, new[] { Ring((117.63, 31.90), (117.64, 31.90), (117.64, 31.91)) } } };
        var file = Collection(
            Feature("340103094000", "好的街道", Square(117.60, 31.95, 0.02)),
            Feature("3401030940", "短代码社区", PointAt(117.60, 31.95)),
            Feature("340103094002", " ", PointAt(117.60, 31.95)),
            Feature("340103094003", "负人口社区", PointAt(117.60, 31.95), population: -5),
            Feature("340103094004", "两块社区", twoParts),
            Feature("340103094005", "层级不符社区", PointAt(117.60, 31.95), level: "DISTRICT", parentCode: "340103000000"),
            Feature("340103094006", "自交社区", bowTie),
            Feature("340103094007", "界外社区", PointAt(117.70, 31.95)),
            Feature("340103094008", "好的社区", PointAt(117.60, 31.95), level: "community", parentCode: "340103094000"));

        var result = await ImportAsync(file, dryRun: false);

        Assert.False(result["applied"]!.GetValue<bool>());
        Assert.Equal(
            [
                "1 3401030940 MALFORMED_CODE", "2 340103094002 MISSING_NAME", "3 340103094003 BAD_POPULATION", "4 340103094004 MULTI_PART_GEOMETRY",
                "5 340103094005 LEVEL_MISMATCH", "5 340103094005 PARENT_MISMATCH", "6 340103094006 INVALID_GEOMETRY", "7 340103094007 OUTSIDE_PARENT",
            ],
            result["problems"]!.AsArray().Select(p => $"{p!["index"]} {p["code"]} {p["problem"]}"));
        Assert.Equal(["340103094000", "340103094008"], Codes(result["added"]));
        Assert.Null(await RegionAsync("340103094000"));
    }

    [Fact]
    public async Task A_code_twice_is_refused_at_its_second_place_naming_the_first()
    {
        var file = Collection(
            Feature("340103095000", "重复街道", PointAt(117.70, 31.95)),
            Feature("340103095000", "重复街道（又）", PointAt(117.70, 31.95)));

        var problem = Assert.Single((await ImportAsync(file, dryRun: true))["problems"]!.AsArray())!;

        Assert.Equal((1, "DUPLICATE_CODE"), (problem["index"]!.GetValue<int>(), problem["problem"]!.GetValue<string>()));
        Assert.Contains("index 0", problem["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_parent_neither_stored_nor_in_the_file_is_unknown()
    {
        var file = Collection(Feature("340103096001", "孤儿社区", PointAt(117.80, 31.95)));

        var problem = Assert.Single((await ImportAsync(file, dryRun: true))["problems"]!.AsArray())!;

        Assert.Equal((0, "340103096001", "UNKNOWN_PARENT"), (problem["index"]!.GetValue<int>(), problem["code"]!.GetValue<string>(), problem["problem"]!.GetValue<string>()));
        Assert.Contains("340103096000", problem["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stored_region_s_population_is_a_change_that_applies_and_is_audited()
    {
        var xianqiao = (await RegionAsync(DemoIds.XianqiaoCommunity))!;
        var anqinglu = (await RegionAsync(DemoIds.AnqingluCommunity))!;
        var file = Collection(
            Feature(DemoIds.XianqiaoCommunity, xianqiao["name"]!.GetValue<string>(), Centroid(xianqiao), population: 4_200),
            Feature(DemoIds.AnqingluCommunity, anqinglu["name"]!.GetValue<string>(), Centroid(anqinglu)));

        var preview = await ImportAsync(file, dryRun: true);
        var applied = await ImportAsync(file, dryRun: false);
        var again = await ImportAsync(file, dryRun: false);
        var log = await api.Client.DataAsync($$"""{ adminAuditLog(filter: { subjectType: "Region", subjectId: "{{DemoIds.XianqiaoCommunity}}" }) { action before after } }""");

        var change = Assert.Single(preview["changed"]!.AsArray())!;
        Assert.Equal(DemoIds.XianqiaoCommunity, change["code"]!.GetValue<string>());
        Assert.Equal((null, 4_200), (change["populationBefore"]?.GetValue<int?>(), change["populationAfter"]!.GetValue<int>()));
        Assert.Equal((true, false, false), (change["populationChanged"]!.GetValue<bool>(), change["boundaryChanged"]!.GetValue<bool>(), change["centroidChanged"]!.GetValue<bool>()));
        Assert.Equal(1, preview["unchanged"]!.GetValue<int>());
        Assert.True(applied["applied"]!.GetValue<bool>());
        Assert.Equal(4_200, (await RegionAsync(DemoIds.XianqiaoCommunity))!["population"]!.GetValue<int>());
        Assert.NotNull((await RegionAsync(DemoIds.XianqiaoCommunity))!["boundary"]);
        Assert.Equal((0, 2), (again["changed"]!.AsArray().Count, again["unchanged"]!.GetValue<int>()));
        var entry = Assert.Single(log["adminAuditLog"]!.AsArray())!;
        Assert.Equal("region.changed", entry["action"]!.GetValue<string>());
        Assert.Null(JsonNode.Parse(entry["before"]!.GetValue<string>())!["population"]);
        Assert.Equal(4_200, JsonNode.Parse(entry["after"]!.GetValue<string>())!["population"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_new_boundary_that_leaves_stored_communities_outside_is_refused()
    {
        var file = Collection(Feature(DemoIds.XiaoyaojinSubDistrict, "逍遥津街道", Square(118.50, 31.00, 0.01)));

        var problems = (await ImportAsync(file, dryRun: true))["problems"]!.AsArray();

        Assert.NotEmpty(problems);
        Assert.All(problems, p => Assert.Equal((0, "CHILD_OUTSIDE"), (p!["index"]!.GetValue<int>(), p["problem"]!.GetValue<string>())));
        Assert.Contains(problems, p => p!["message"]!.GetValue<string>().Contains(DemoIds.XianqiaoCommunity, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Only_admins_import_and_a_file_that_is_no_feature_collection_is_a_validation_error()
    {
        var officer = await api.ClientForAsync(DemoIds.OfficerXiaoyaojin);
        var file = Collection(Feature("340103097000", "权限街道", PointAt(117.90, 31.95)));

        var byOfficer = await officer.PostAsync(Import, new { geojson = file, dryRun = false });
        var notJson = await api.Client.PostAsync(Import, new { geojson = "{ not json", dryRun = true });
        var notACollection = await api.Client.PostAsync(Import, new { geojson = """{ "type": "Feature" }""", dryRun = true });

        Assert.Equal("FORBIDDEN", byOfficer.FirstErrorCode);
        Assert.Equal("VALIDATION", notJson.FirstErrorCode);
        Assert.Equal("VALIDATION", notACollection.FirstErrorCode);
        Assert.Null(await RegionAsync("340103097000"));
    }

    private async Task<JsonNode> ImportAsync(string geojson, bool dryRun) =>
        (await api.Client.DataAsync(Import, new { geojson, dryRun }))["importRegions"]!;

    private async Task<JsonNode?> RegionAsync(string code) =>
        (await api.Client.DataAsync("query($code: String!) { region(code: $code) { code name parentCode population centroid { coordinates } boundary { type } } }", new { code }))["region"];

    private static object Centroid(JsonNode region)
    {
        var coordinates = region["centroid"]!["coordinates"]!.AsArray();
        return PointAt(coordinates[0]!.GetValue<double>(), coordinates[1]!.GetValue<double>());
    }

    private static List<string> Codes(JsonNode? entries) => [.. entries!.AsArray().Select(e => e!["code"]!.GetValue<string>())];
}
