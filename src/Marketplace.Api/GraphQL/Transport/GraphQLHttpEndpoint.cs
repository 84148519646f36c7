using GraphQL;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Marketplace.Api.GraphQL.Errors;
using Marketplace.Core.Common;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Marketplace.Api.GraphQL.Transport;

/// <summary>
/// GraphQL over HTTP (the GraphQL Foundation's specification): POST with a JSON body, GET for
/// queries only, responses in application/graphql-response+json or application/json as the
/// client accepts. Proven against the public graphql-http audit suite in `make test`.
/// </summary>
public sealed class GraphQLHttpEndpoint(
    IDocumentExecuter<ISchema> executer,
    IGraphQLTextSerializer serializer,
    ValidatedDocuments validatedDocuments,
    IOptions<GraphQLOptions> options,
    ILogger<GraphQLHttpEndpoint> logger)
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
        var validated = validatedDocuments.Find(request.Query);
        GraphQLDocument document;
        try
        {
            document = validated ?? Parser.Parse(request.Query, new ParserOptions { MaxDepth = options.Value.MaxParserDepth });
        }
        catch (GraphQLParserException e)
        {
            await WriteRequestErrorAsync(http, mediaType, GraphQLErrorCodes.ParseFailed, e.Message);
            return;
        }

        // GET must not change anything: refuse mutations (and subscriptions) before they run.
        var operation = OperationOf(document, request.OperationName);
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

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        timeout.CancelAfter(options.Value.RequestTimeout);
        ExecutionResult? result = null;
        try
        {
            result = await RunAsync(http, request, document, isValidated: validated is not null, timeout.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !http.RequestAborted.IsCancellationRequested)
        {
            // Answered below.
        }
        // However the executor met the cancellation (an exception, or an error in the result,
        // depending on the phase), a request past its time is answered as such.
        if (result is null || (timeout.IsCancellationRequested && !http.RequestAborted.IsCancellationRequested))
        {
            await WriteAsync(http, StatusCodes.Status503ServiceUnavailable, mediaType, ErrorResult(GraphQLErrorCodes.Timeout,
                $"The request took longer than {options.Value.RequestTimeout.TotalSeconds:0.###} s and was stopped; ask for fewer items or fewer nested fields."));
            return;
        }
        if (validated is null && result.Executed) validatedDocuments.Remember(request.Query, document);

        // Every read of personal data is on record before the response leaves; if it cannot be
        // recorded, the data is not sent.
        try
        {
            await BeforeAnswer.CompleteAsync(http.RequestServices, http.RequestAborted);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Could not record personal-data reads; the response was withheld.");
            await WriteAsync(http, StatusCodes.Status500InternalServerError, mediaType, ErrorResult(GraphQLErrorCodes.InternalError,
                "Something went wrong on our side; it has been logged. Please try again later."));
            return;
        }

        // A result that never executed is a request error (invalid document or variables): with
        // the specification's own media type that is a 400 and carries no 'data'; a document
        // refused only for want of a token is a 401, whatever the media type.
        var status = !result.Executed && mediaType == MediaTypes.GraphQLResponse ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        if (!result.Executed && result.Errors is { Count: > 0 } errors && errors.All(e => e.Code == ErrorCodes.Unauthenticated))
        {
            status = StatusCodes.Status401Unauthorized;
            http.Response.Headers.WWWAuthenticate = "Bearer";
        }
        await WriteAsync(http, status, mediaType, result);
    }

    private Task<ExecutionResult> RunAsync(HttpContext http, GraphQLHttpRequest request, GraphQLDocument document, bool isValidated, CancellationToken cancellationToken) =>
        executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            Document = document,
            // A document that passed validation before skips the specification's rules (they
            // depend on the schema alone). The rules registered with the builder, authorization and
            // complexity, are added to this list as to the default one: they run on every request.
            ValidationRules = isValidated ? [] : null,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = http.RequestServices,
            User = http.User,
            CancellationToken = cancellationToken,
        });

    /// <summary>503 UNAVAILABLE, for a request refused before GraphQL saw it because something it needs is out of reach.</summary>
    public Task WriteUnavailableAsync(HttpContext http, string message)
    {
        http.Response.Headers.RetryAfter = "5";
        var mediaType = MediaTypes.Negotiate(http.Request.Headers.Accept) ?? MediaTypes.Json;
        return WriteAsync(http, StatusCodes.Status503ServiceUnavailable, mediaType, ErrorResult(GraphQLErrorCodes.Unavailable, message));
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

    private static OperationType? OperationOf(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var chosen = operationName is null
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.FirstOrDefault(o => o.Name?.Value == operationName);
        return chosen?.Operation;
    }

    private Task WriteRequestErrorAsync(HttpContext http, string mediaType, string code, string message)
    {
        var status = mediaType == MediaTypes.GraphQLResponse ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        return WriteAsync(http, status, mediaType, ErrorResult(code, message));
    }

    private Task WriteErrorAsync(HttpContext http, int status, string mediaType, string message) =>
        WriteAsync(http, status, mediaType, ErrorResult(GraphQLErrorCodes.BadRequest, message));

    private static ExecutionResult ErrorResult(string code, string message) =>
        new() { Executed = false, Errors = [new ExecutionError(message) { Code = code }] };

    private async Task WriteAsync(HttpContext http, int status, string mediaType, ExecutionResult result)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = $"{mediaType}; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}
