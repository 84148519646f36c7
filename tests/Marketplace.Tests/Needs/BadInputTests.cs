using Marketplace.DemoData;
using Marketplace.Tests.Infrastructure;

namespace Marketplace.Tests.Needs;

/// <summary>Whatever a client sends, it gets a clear, coded refusal, never a 500.</summary>
public sealed class BadInputTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Theory]
    [InlineData(91, 117.29, 1000, "latitude")]
    [InlineData(-90.5, 117.29, 1000, "latitude")]
    [InlineData(31.86, 180.01, 1000, "longitude")]
    [InlineData(31.86, 117.29, 0, "radiusMeters")]
    [InlineData(31.86, 117.29, -5, "radiusMeters")]
    [InlineData(31.86, 117.29, 200_001, "radiusMeters")]
    public async Task Out_of_range_coordinates_are_a_validation_error_naming_the_field(double latitude, double longitude, double radiusMeters, string field)
    {
        var response = await api.Client.PostAsync(
            "query($near: NearInput!) { needs(filter: { near: $near }) { totalCount } }",
            new { near = new { latitude, longitude, radiusMeters } });

        Assert.Equal(200, response.Status);
        Assert.Equal("VALIDATION", response.FirstErrorCode);
        Assert.Equal(field, response.Errors![0]!["extensions"]!["field"]!.GetValue<string>());
        Assert.Null(response.Data);
    }

    [Theory]
    [InlineData("{ needs(first: 1000) { totalCount } }", "VALIDATION")]
    [InlineData("{ needs(first: -1) { totalCount } }", "VALIDATION")]
    [InlineData("""{ needs(after: "bm90IGEgY3Vyc29y") { totalCount } }""", "VALIDATION")]
    [InlineData("""{ needs(after: "%%%") { totalCount } }""", "VALIDATION")]
    [InlineData("{ needs(orderBy: NEAREST) { totalCount } }", "VALIDATION")]
    [InlineData("""{ needs(filter: { regionCode: "3401" }) { totalCount } }""", "VALIDATION")]
    [InlineData("""{ needs(filter: { regionCode: "999999999999" }) { totalCount } }""", "NOT_FOUND")]
    [InlineData("""{ needs(filter: { categories: ["NO_SUCH_THING"] }) { totalCount } }""", "VALIDATION")]
    [InlineData("""{ need(id: "not-a-uuid") { id } }""", "VALIDATION")]
    [InlineData("""{ region(code: "abc") { name } }""", "VALIDATION")]
    [InlineData("""{ resources(filter: { organisationId: "x" }) { totalCount } }""", "VALIDATION")]
    public async Task Bad_arguments_get_a_coded_error_and_a_message(string query, string code)
    {
        var response = await api.Client.PostAsync(query);

        Assert.Equal(200, response.Status);
        Assert.Equal(code, response.FirstErrorCode);
        Assert.False(string.IsNullOrWhiteSpace(response.Errors![0]!["message"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_cursor_from_one_ordering_is_refused_by_another()
    {
        var page = await api.Client.DataAsync("{ needs(first: 1, orderBy: OLDEST) { pageInfo { endCursor } } }");
        var cursor = page["needs"]!["pageInfo"]!["endCursor"]!.GetValue<string>();

        var response = await api.Client.PostAsync("query($after: String) { needs(after: $after, orderBy: NEWEST) { totalCount } }", new { after = cursor });

        Assert.Equal("VALIDATION", response.FirstErrorCode);
    }

    [Theory]
    [InlineData("{ needs(filter: { noSuchFilter: 1 }) { totalCount } }")]
    [InlineData("{ needs(first: \"ten\") { totalCount } }")]
    [InlineData("{ needs { nodes { noSuchField } } }")]
    public async Task Unknown_fields_and_wrong_types_are_refused_before_anything_runs(string query)
    {
        var response = await api.Client.PostAsync(query);

        Assert.Equal(400, response.Status);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", response.FirstErrorCode);
    }

    [Fact]
    public async Task A_need_that_does_not_exist_is_null_not_an_error()
    {
        var data = await api.Client.DataAsync($$"""{ need(id: "{{Guid.Empty}}") { id } region(code: "{{DemoIds.XianqiaoCommunity}}") { name } }""");

        Assert.Null(data["need"]);
        Assert.Equal("县桥社区", data["region"]!["name"]!.GetValue<string>());
    }
}
