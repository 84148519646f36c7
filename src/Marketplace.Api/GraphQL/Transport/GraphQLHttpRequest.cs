using System.Text.Json;

namespace Marketplace.Api.GraphQL.Transport;

/// <summary>The parameters of a GraphQL-over-HTTP request, after the transport has checked their shape.</summary>
public sealed record GraphQLHttpRequest(string Query, string? OperationName, Inputs? Variables, Inputs? Extensions);

/// <summary>A request the transport refuses before GraphQL sees it, with the HTTP status to answer.</summary>
public sealed class BadGraphQLHttpRequestException(int statusCode, string message) : Exception(message)
{
    public int StatusCode { get; } = statusCode;
}

/// <summary>Reads a request from a JSON body (POST) or from the URL's query string (GET), per GraphQL over HTTP.</summary>
public static class GraphQLHttpRequestReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 64 };

    public static async Task<GraphQLHttpRequest> ReadPostAsync(
        HttpRequest request, long maxBodyBytes, IGraphQLTextSerializer serializer, CancellationToken cancellationToken)
    {
        JsonDocument body;
        try
        {
            body = JsonDocument.Parse(await ReadBodyAsync(request, maxBodyBytes, cancellationToken), DocumentOptions);
        }
        catch (JsonException e)
        {
            throw new BadGraphQLHttpRequestException(StatusCodes.Status400BadRequest, $"The request body is not valid JSON: {e.Message}");
        }

        using (body) return FromJson(body.RootElement, serializer);
    }

    /// <summary>A request from its JSON object: an HTTP body, or a WebSocket 'subscribe' message's payload.</summary>
    public static GraphQLHttpRequest FromJson(JsonElement root, IGraphQLTextSerializer serializer)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw BadRequest("The request must be a JSON object with a 'query' string.");
        }
        return new GraphQLHttpRequest(
            Query: StringMember(root, "query") ?? throw BadRequest("The request has no 'query': send the GraphQL document as a string in 'query'."),
            OperationName: StringMember(root, "operationName"),
            Variables: MapMember(root, "variables", serializer),
            Extensions: MapMember(root, "extensions", serializer));
    }

    /// <summary>
    /// The body, refused with 413 past the limit. Checked here rather than left to the server,
    /// since not every host enforces a per-endpoint limit (the test host does not).
    /// </summary>
    private static async Task<ReadOnlyMemory<byte>> ReadBodyAsync(HttpRequest request, long maxBodyBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBodyBytes) throw TooLarge(maxBodyBytes);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBodyBytes) throw TooLarge(maxBodyBytes);
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static BadGraphQLHttpRequestException TooLarge(long maxBodyBytes) =>
        new(StatusCodes.Status413PayloadTooLarge, $"The request body is larger than {maxBodyBytes} bytes; send a smaller query or fewer variables.");

    public static GraphQLHttpRequest ReadGet(IQueryCollection parameters, IGraphQLTextSerializer serializer) =>
        new(
            Query: Single(parameters, "query") ?? throw BadRequest("The request has no 'query' parameter: put the GraphQL document in '?query='."),
            OperationName: Single(parameters, "operationName"),
            Variables: JsonMap(Single(parameters, "variables"), "variables", serializer),
            Extensions: JsonMap(Single(parameters, "extensions"), "extensions", serializer));

    private static string? StringMember(JsonElement root, string name) =>
        !root.TryGetProperty(name, out var value) ? null : value.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.String => Readable(name, value.GetString),
            _ => throw BadRequest($"'{name}' must be a string."),
        };

    private static Inputs? MapMember(JsonElement root, string name, IGraphQLTextSerializer serializer) =>
        !root.TryGetProperty(name, out var value) ? null : value.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.Object => Readable(name, () => serializer.ReadNode<Inputs>(value)),
            _ => throw BadRequest($"'{name}' must be a JSON object (a map of names to values)."),
        };

    /// <summary>
    /// Valid JSON may still escape a lone UTF-16 surrogate ("\ud800"), which is no character and
    /// cannot become a string: the client's error, answered 400 naming where it was.
    /// </summary>
    private static T Readable<T>(string name, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is InvalidOperationException or JsonException)
        {
            throw BadRequest($"'{name}' holds text that is not valid Unicode (a lone UTF-16 surrogate escape, for instance); send well-formed text.");
        }
    }

    private static string? Single(IQueryCollection parameters, string name)
    {
        if (!parameters.TryGetValue(name, out var values)) return null;
        return values.Count == 1 ? values[0] : throw BadRequest($"The '{name}' parameter is given {values.Count} times; give it once.");
    }

    private static Inputs? JsonMap(string? json, string name, IGraphQLTextSerializer serializer)
    {
        if (string.IsNullOrEmpty(json)) return null;
        try
        {
            using var document = JsonDocument.Parse(json, DocumentOptions);
            return document.RootElement.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.Object => serializer.ReadNode<Inputs>(document.RootElement),
                _ => throw BadRequest($"'{name}' must be a JSON-encoded object."),
            };
        }
        catch (JsonException)
        {
            throw BadRequest($"'{name}' is not valid JSON.");
        }
    }

    private static BadGraphQLHttpRequestException BadRequest(string message) => new(StatusCodes.Status400BadRequest, message);
}
