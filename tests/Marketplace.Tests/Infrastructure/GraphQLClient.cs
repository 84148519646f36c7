using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Marketplace.Tests.Infrastructure;

/// <summary>Posts GraphQL requests the way a client does, and hands back the status and the parsed body.</summary>
public sealed class GraphQLClient(HttpClient http)
{
    public HttpClient Http { get; } = http;

    public async Task<GraphQLResponse> PostAsync(string query, object? variables = null, string accept = "application/graphql-response+json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Accept", accept);
        return await GraphQLResponse.ReadAsync(await Http.SendAsync(request));
    }

    /// <summary>The data of a request that must succeed with no errors.</summary>
    public async Task<JsonNode> DataAsync(string query, object? variables = null)
    {
        var response = await PostAsync(query, variables);
        Assert.True(response.Errors is null, $"Unexpected errors: {response.Errors?.ToJsonString()}");
        Assert.Equal(200, response.Status);
        return response.Data!;
    }
}

public sealed record GraphQLResponse(int Status, string? ContentType, string RawBody, JsonObject? Body)
{
    public JsonNode? Data => Body?["data"];
    public JsonArray? Errors => Body?["errors"]?.AsArray();
    public string? FirstErrorCode => Errors?[0]?["extensions"]?["code"]?.GetValue<string>();

    /// <summary>The Retry-After header, when the answer had one.</summary>
    public string? RetryAfter { get; init; }

    public static async Task<GraphQLResponse> ReadAsync(HttpResponseMessage response)
    {
        var raw = await response.Content.ReadAsStringAsync();
        JsonObject? body = null;
        try
        {
            body = JsonNode.Parse(raw) as JsonObject;
        }
        catch (JsonException)
        {
            // Left null: the test asserts on the raw body.
        }
        return new GraphQLResponse((int)response.StatusCode, response.Content.Headers.ContentType?.ToString(), raw, body)
        {
            RetryAfter = response.Headers.RetryAfter?.ToString(),
        };
    }
}
