using GraphQLParser.AST;
using Marketplace.Api.GraphQL.Errors;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Marketplace.Api.GraphQL.Transport;

/// <summary>
/// GraphQL over HTTP (the GraphQL Foundation's specification): POST with a JSON body, GET for
/// queries only, responses in application/graphql-response+json or application/json as the
/// client accepts. Proven against the public graphql-http audit suite in `make test`.
/// </summary>
public sealed class GraphQLHttpEndpoint(
    GraphQLRequestExecutor executor,
    IGraphQLTextSerializer serializer,
    IOptions<GraphQLOptions> options)
{
    public async Task HandleAsync(HttpContext http)
    {
        var isGet = HttpMethods.IsGet(http.Request.Method);
        if (!isGet && !HttpMethods.IsPost(http.Request.Method))
        {
            http.Response.Headers.Allow = "GET, POST";
            await WriteErrorAsync(http, StatusCodes.Status405MethodNotAllowed, MediaTypes.Json, "Use GET for queries or POST for any operation.");
            return;
        }

        var mediaType = MediaTypes.Negotiate(http.Request.Headers.Accept);
        if (mediaType is null)
        {
            await WriteErrorAsync(http, StatusCodes.Status406NotAcceptable, MediaTypes.Json,
                $"This endpoint answers in {MediaTypes.GraphQLResponse} or {MediaTypes.Json} (UTF-8); accept one of them.");
            return;
        }

        if (HasRejectedToken(http))
        {
            await WriteUnauthenticatedAsync(http, mediaType, "The bearer token is invalid or has expired; sign in again.");
            return;
        }

        try
        {
            var request = isGet
                ? GraphQLHttpRequestReader.ReadGet(http.Request.Query, serializer)
                : await ReadPostAsync(http);
            await ExecuteAsync(http, request, mediaType, isGet);
        }
        catch (BadGraphQLHttpRequestException e)
        {
            await WriteErrorAsync(http, e.StatusCode, mediaType, e.Message);
        }
        catch (BadHttpRequestException e)
        {
            // Kestrel's own refusals, such as a body over the size limit (413).
            await WriteErrorAsync(http, e.StatusCode, mediaType, e.Message);
        }
    }

    private async Task<GraphQLHttpRequest> ReadPostAsync(HttpContext http)
    {
        var contentType = http.Request.GetTypedHeaders().ContentType;
        if (contentType?.MediaType.Value is not { } type
            || !string.Equals(type, MediaTypes.Json, StringComparison.OrdinalIgnoreCase)
            || (contentType.Charset.HasValue && !MediaTypes.IsUtf8(HeaderUtilities.RemoveQuotes(contentType.Charset).Value)))
        {
            throw new BadGraphQLHttpRequestException(StatusCodes.Status415UnsupportedMediaType,
                "Send the request as 'Content-Type: application/json' in UTF-8.");
        }
        return await GraphQLHttpRequestReader.ReadPostAsync(http.Request, options.Value.MaxRequestBodyBytes, serializer, http.RequestAborted);
    }

    private async Task ExecuteAsync(HttpContext http, GraphQLHttpRequest request, string mediaType, bool isGet)
    {
        var parsed = executor.Parse(request);

        // GET must not change anything: refuse mutations (and subscriptions) before they run.
        var operation = parsed.Operation;
        if (isGet && operation is { } type && type != OperationType.Query)
        {
            http.Response.Headers.Allow = "POST";
            await WriteErrorAsync(http, StatusCodes.Status405MethodNotAllowed, mediaType, $"A {type.ToString().ToLowerInvariant()} must be sent with POST.");
            return;
        }

        if (operation == OperationType.Subscription)
        {
            await WriteRequestErrorAsync(http, mediaType, GraphQLErrorCodes.BadRequest,
                $"Subscriptions are served over WebSocket at {GraphQLSetup.Path}, with the graphql-transport-ws protocol.");
            return;
        }

        await using var outcome = await executor.ExecuteAsync(parsed, http, http.RequestAborted);
        var result = outcome.Result;
        switch (outcome.Kind)
        {
            case GraphQLOutcomeKind.ParseFailed:
                await WriteAsync(http, RequestErrorStatus(mediaType), mediaType, result);
                return;
            case GraphQLOutcomeKind.TimedOut:
                await WriteAsync(http, StatusCodes.Status503ServiceUnavailable, mediaType, result);
                return;
            case GraphQLOutcomeKind.Withheld:
                await WriteAsync(http, StatusCodes.Status500InternalServerError, mediaType, result);
                return;
        }

        // A result that never executed is a request error (invalid document or variables): with
        // the specification's own media type that is a 400 and carries no 'data'; a document
        // refused only for want of a token is a 401, whatever the media type.
        var status = !result.Executed ? RequestErrorStatus(mediaType) : StatusCodes.Status200OK;
        if (result.Errors?.Any(e => DatabaseOutage.IsCause(e.InnerException)) == true)
        {
            // The outage is said so: 503 on the GraphQL-over-HTTP media type (application/json
            // keeps its 200, as the specification has it), with when to try again on both.
            http.Response.Headers.RetryAfter = RetryAfterSeconds;
            if (mediaType == MediaTypes.GraphQLResponse) status = StatusCodes.Status503ServiceUnavailable;
        }
        if (!result.Executed && result.Errors is { Count: > 0 } errors && errors.All(e => e.Code == ErrorCodes.Unauthenticated))
        {
            status = StatusCodes.Status401Unauthorized;
            http.Response.Headers.WWWAuthenticate = "Bearer";
        }
        await WriteAsync(http, status, mediaType, result);
    }

    private const string RetryAfterSeconds = "5";

    /// <summary>503 DATABASE_UNAVAILABLE, for a request refused before GraphQL saw it because something it needs is out of reach.</summary>
    public Task WriteUnavailableAsync(HttpContext http, string message)
    {
        http.Response.Headers.RetryAfter = RetryAfterSeconds;
        var mediaType = MediaTypes.Negotiate(http.Request.Headers.Accept) ?? MediaTypes.Json;
        return WriteAsync(http, StatusCodes.Status503ServiceUnavailable, mediaType, ErrorResult(GraphQLErrorCodes.DatabaseUnavailable, message));
    }

    /// <summary>
    /// A request that sent a token the authentication middleware could not accept is refused
    /// outright, not served as anonymous.
    /// </summary>
    private static bool HasRejectedToken(HttpContext http) =>
        http.Request.Headers.Authorization.Count > 0 && http.User.Identity?.IsAuthenticated != true;

    private Task WriteUnauthenticatedAsync(HttpContext http, string mediaType, string message)
    {
        http.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
        return WriteAsync(http, StatusCodes.Status401Unauthorized, mediaType, ErrorResult(ErrorCodes.Unauthenticated, message));
    }

    private static int RequestErrorStatus(string mediaType) =>
        mediaType == MediaTypes.GraphQLResponse ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;

    private Task WriteRequestErrorAsync(HttpContext http, string mediaType, string code, string message) =>
        WriteAsync(http, RequestErrorStatus(mediaType), mediaType, ErrorResult(code, message));

    private Task WriteErrorAsync(HttpContext http, int status, string mediaType, string message) =>
        WriteAsync(http, status, mediaType, ErrorResult(GraphQLErrorCodes.BadRequest, message));

    private static ExecutionResult ErrorResult(string code, string message) => GraphQLOutcome.ErrorResult(code, message);

    private async Task WriteAsync(HttpContext http, int status, string mediaType, ExecutionResult result)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = $"{mediaType}; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}
