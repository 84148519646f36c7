using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Marketplace.Tests.Infrastructure;

namespace Marketplace.Tests.Transport;

/// <summary>The endpoint against the GraphQL-over-HTTP specification; `make test` also runs the public graphql-http audit.</summary>
public sealed class GraphQLOverHttpTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string GraphQLResponse = "application/graphql-response+json";

    [Fact]
    public async Task Post_answers_in_graphql_response_json_by_default()
    {
        var response = await api.Client.PostAsync("{ __typename }");

        Assert.Equal(200, response.Status);
        Assert.Equal($"{GraphQLResponse}; charset=utf-8", response.ContentType);
        Assert.Equal("""{"data":{"__typename":"Query"}}""", response.RawBody);
    }

    [Fact]
    public async Task Post_answers_in_application_json_when_that_is_all_the_client_accepts()
    {
        var response = await api.Client.PostAsync("{ __typename }", accept: "application/json");

        Assert.Equal("application/json; charset=utf-8", response.ContentType);
    }

    [Fact]
    public async Task Get_runs_a_query_from_the_url()
    {
        var response = await SendAsync(HttpMethod.Get, "/graphql?query=%7B__typename%7D");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"__typename":"Query"}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_refuses_a_mutation_with_405_and_runs_nothing()
    {
        var response = await SendAsync(HttpMethod.Get, "/graphql?query=mutation%20%7B__typename%7D");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("POST", response.Content.Headers.Allow.Single());
    }

    [Fact]
    public async Task Other_methods_get_405_with_the_allowed_ones()
    {
        var response = await SendAsync(HttpMethod.Put, "/graphql", Json("""{"query":"{__typename}"}"""));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow.Order());
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    public async Task Post_of_another_content_type_gets_415(string contentType)
    {
        var response = await SendAsync(HttpMethod.Post, "/graphql", new StringContent("""{"query":"{__typename}"}""", Encoding.UTF8, contentType));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1,2]")]
    [InlineData("""{"variables":{}}""")]
    [InlineData("""{"query":42}""")]
    [InlineData("""{"query":"{__typename}","variables":"x"}""")]
    public async Task A_malformed_request_gets_400_with_an_error_and_no_data(string body)
    {
        var response = await GraphQLResponseOf(await SendAsync(HttpMethod.Post, "/graphql", Json(body)));

        Assert.Equal(400, response.Status);
        Assert.Null(response.Body?["data"]);
        Assert.Equal("BAD_REQUEST", response.FirstErrorCode);
    }

    [Fact]
    public async Task A_document_that_does_not_parse_is_a_400_under_graphql_response_json()
    {
        var response = await api.Client.PostAsync("{ regions { ");

        Assert.Equal(400, response.Status);
        Assert.False(response.Body!.ContainsKey("data"));
        Assert.Equal("GRAPHQL_PARSE_FAILED", response.FirstErrorCode);
    }

    [Fact]
    public async Task A_document_that_does_not_validate_is_a_400_under_graphql_response_json_and_a_200_under_json()
    {
        var strict = await api.Client.PostAsync("{ regions { noSuchField } }");
        var legacy = await api.Client.PostAsync("{ regions { noSuchField } }", accept: "application/json");

        Assert.Equal(400, strict.Status);
        Assert.False(strict.Body!.ContainsKey("data"));
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", strict.FirstErrorCode);
        Assert.Contains("noSuchField", strict.Errors![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(200, legacy.Status);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", legacy.FirstErrorCode);
    }

    [Fact]
    public async Task An_accept_header_naming_neither_response_type_gets_406()
    {
        var response = await api.Client.PostAsync("{ __typename }", accept: "text/html");

        Assert.Equal(406, response.Status);
    }

    [Fact]
    public async Task Chinese_text_comes_back_readable_not_escaped()
    {
        var response = await api.Client.PostAsync("""{ region(code: "340103002000") { name } }""");

        Assert.Contains("逍遥津街道", response.RawBody, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", response.RawBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_over_the_size_limit_is_refused_with_413()
    {
        var huge = new string(' ', 1_100_000);
        var response = await SendAsync(HttpMethod.Post, "/graphql", Json($$"""{"query":"{__typename}{{huge}}"}"""));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_query_nested_past_the_depth_limit_is_refused_before_it_runs()
    {
        var deep = "{ regions { " + string.Concat(Enumerable.Repeat("children { ", 14)) + "code" + new string('}', 15) + " }";

        var response = await api.Client.PostAsync(deep);

        Assert.Equal(400, response.Status);
        Assert.Equal("QUERY_TOO_COMPLEX", response.FirstErrorCode);
    }

    [Fact]
    public async Task Tools_standard_introspection_query_is_answered_but_not_a_data_query_as_deep()
    {
        var introspection = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Transport", "IntrospectionQuery.graphql"));
        var deepData = "{ __schema { types { name } } regions { " + string.Concat(Enumerable.Repeat("children { ", 14)) + "code" + new string('}', 15) + " }";

        var schema = await api.Client.PostAsync(introspection);
        var mixed = await api.Client.PostAsync(deepData);

        Assert.True(schema.Errors is null, schema.RawBody);
        Assert.Equal(200, schema.Status);
        Assert.Contains(schema.Data!["__schema"]!["types"]!.AsArray(), t => t!["name"]!.GetValue<string>() == "Need");
        Assert.Equal("QUERY_TOO_COMPLEX", mixed.FirstErrorCode);
    }

    [Fact]
    public async Task A_shallow_document_that_asks_for_too_much_is_refused_before_it_runs()
    {
        var response = await api.Client.PostAsync("{ regions { children { children { children { code name } } } } }");

        Assert.Equal(400, response.Status);
        Assert.Equal("QUERY_TOO_COMPLEX", response.FirstErrorCode);
        Assert.Contains("complexity", response.Errors![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_quoted_utf8_charset_is_accepted()
    {
        var content = new StringContent("{\"query\":\"{__typename}\"}", Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json; charset=\"utf-8\"");

        var response = await SendAsync(HttpMethod.Post, "/graphql", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_wildcard_does_not_pick_a_type_the_client_refused()
    {
        var response = await api.Client.PostAsync("{ __typename }", accept: "application/graphql-response+json;q=0, */*");

        Assert.Equal("application/json; charset=utf-8", response.ContentType);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, url) { Content = content };
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(GraphQLResponse));
        return await api.Client.Http.SendAsync(request);
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static Task<GraphQLResponse> GraphQLResponseOf(HttpResponseMessage response) => Infrastructure.GraphQLResponse.ReadAsync(response);
}
