using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Marketplace.Bench.Http;

/// <summary>What one request of a query said, read in full (only the probe reads answers in full).</summary>
internal sealed record Probe(bool Ok, bool FieldMissing, string Message, JsonNode? Data);

/// <summary>Signs in as the bench's admin and probes queries through HttpClient; the load itself goes through <see cref="KeptAliveConnection"/>.</summary>
internal sealed class GraphQLClient(HttpClient http, string accessToken) : IDisposable
{
    /// <summary>The admin's token, for the load's own connections (KeptAliveConnection).</summary>
    public string AccessToken => accessToken;

    private static readonly MediaTypeHeaderValue Json = new("application/json");

    public static async Task<GraphQLClient> SignInAsync(Uri api, CancellationToken cancellationToken)
    {
        var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 16, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
        {
            BaseAddress = api,
            Timeout = TimeSpan.FromSeconds(30),
        };
        // The bench database has no demo users: the generator inserted this admin, and /dev/token signs for it.
        using var response = await http.PostAsJsonAsync("/dev/token", new { user = "admin" }, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            http.Dispose();
            throw new InvalidOperationException($"POST /dev/token answered {(int)response.StatusCode}: {body}");
        }
        var token = (await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken))!["access_token"]!.GetValue<string>();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        return new GraphQLClient(http, token);
    }

    /// <summary>One request read in full, to tell "field not in the schema yet" from other errors, and to count results.</summary>
    public async Task<Probe> ProbeAsync(byte[] body, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsync("/graphql", Content(body), cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        JsonNode? answer;
        try
        {
            answer = JsonNode.Parse(text);
        }
        catch (System.Text.Json.JsonException)
        {
            return new Probe(false, false, $"HTTP {(int)response.StatusCode}, not JSON: {text[..Math.Min(200, text.Length)]}", null);
        }
        if (answer?["errors"] is JsonArray { Count: > 0 } errors)
        {
            var first = errors[0]!;
            var message = first["message"]?.GetValue<string>() ?? "";
            var code = first["extensions"]?["code"]?.GetValue<string>() ?? "";
            var missing = code == "GRAPHQL_VALIDATION_FAILED" && message.Contains("Cannot query field", StringComparison.Ordinal);
            return new Probe(false, missing, $"HTTP {(int)response.StatusCode} {code}: {message}", answer?["data"]);
        }
        return response.IsSuccessStatusCode
            ? new Probe(true, false, "ok", answer?["data"])
            : new Probe(false, false, $"HTTP {(int)response.StatusCode}: {text[..Math.Min(200, text.Length)]}", null);
    }

    private static ByteArrayContent Content(byte[] body) => new(body) { Headers = { ContentType = Json } };

    public void Dispose() => http.Dispose();
}
