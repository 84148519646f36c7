using System.Security.Claims;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Marketplace.Api.GraphQL.Errors;
using Microsoft.Extensions.Options;

namespace Marketplace.Api.GraphQL.Transport;

/// <summary>
/// The one path through the engine for both transports: the document through the store of
/// validated ones (parsed within the depth limit otherwise), the validation rules (the
/// specification's, skipped for a stored document; authorization and complexity, registered on
/// the builder, always), the caller's scope and viewer, the request timeout, execution, the
/// personal-data read log, and the refusals each of these can end in.
/// </summary>
public sealed class GraphQLRequestExecutor(
    IDocumentExecuter<ISchema> executer,
    ValidatedDocuments validatedDocuments,
    IServiceScopeFactory scopes,
    IOptions<GraphQLOptions> options,
    ILogger<GraphQLRequestExecutor> logger)
{
    public ParsedRequest Parse(GraphQLHttpRequest request)
    {
        if (validatedDocuments.Find(request.Query) is { } validated) return new ParsedRequest(request, validated, IsValidated: true, ParseError: null);
        try
        {
            var document = Parser.Parse(request.Query, new ParserOptions { MaxDepth = options.Value.MaxParserDepth });
            return new ParsedRequest(request, document, IsValidated: false, ParseError: null);
        }
        catch (GraphQLParserException e)
        {
            return new ParsedRequest(request, null, IsValidated: false, e.Message);
        }
    }

    /// <summary>A request in an HTTP request's flow: its services, its user.</summary>
    public Task<GraphQLOutcome> ExecuteAsync(ParsedRequest request, HttpContext http, CancellationToken cancellationToken) =>
        RunAsync(request, http.RequestServices, http.User, scope: null, cancellationToken);

    /// <summary>
    /// A request outside an HTTP request's flow (a WebSocket operation): a service scope of its
    /// own, acting for the user, that the outcome owns.
    /// </summary>
    public async Task<GraphQLOutcome> ExecuteAsync(ParsedRequest request, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var scope = scopes.CreateAsyncScope();
        try
        {
            scope.ServiceProvider.GetRequiredService<CurrentViewer>().ActFor(user);
            return await RunAsync(request, scope.ServiceProvider, user, scope, cancellationToken);
        }
        catch
        {
            await scope.DisposeAsync();
            throw;
        }
    }

    private async Task<GraphQLOutcome> RunAsync(
        ParsedRequest request, IServiceProvider services, ClaimsPrincipal user, AsyncServiceScope? scope, CancellationToken cancellationToken)
    {
        if (request.Document is not { } document)
        {
            return new GraphQLOutcome(GraphQLOutcomeKind.ParseFailed, GraphQLOutcome.ErrorResult(GraphQLErrorCodes.ParseFailed, request.ParseError ?? "The document does not parse."), scope);
        }

        if (await UnsafeText.FindAsync(document, request.Request.Variables) is { } field)
        {
            var message = $"'{field}' contains a NUL character or a lone UTF-16 surrogate, which no text here may hold; remove it.";
            return new GraphQLOutcome(GraphQLOutcomeKind.ParseFailed,
                new ExecutionResult { Executed = false, Errors = [new ExecutionError(message, new ValidationException(message, field)) { Code = ErrorCodes.Validation }] }, scope);
        }

        // For a subscription the timeout bounds its start (validation, the subscriber's checks),
        // not the stream: each event runs with a token of its own.
        var limit = options.Value.RequestTimeout;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(limit);
        ExecutionResult? result = null;
        try
        {
            result = await executer.ExecuteAsync(Options(request, document, services, user, timeout.Token));
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            // Answered below.
        }
        // However the executor met the cancellation (an exception, or an error in the result,
        // depending on the phase), a request past its time is answered as such.
        if (result is null || (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested))
        {
            return new GraphQLOutcome(GraphQLOutcomeKind.TimedOut, GraphQLOutcome.ErrorResult(GraphQLErrorCodes.Timeout,
                $"The request took longer than {limit.TotalSeconds:0.###} s and was stopped; ask for fewer items or fewer nested fields."), scope);
        }
        if (!request.IsValidated && result.Executed) validatedDocuments.Remember(request.Request.Query, document);

        // Every read of personal data is on record before the result leaves; if it cannot be
        // recorded, the data is not sent. (A subscription's events are recorded one by one.)
        if (result.Streams is null)
        {
            try
            {
                await BeforeAnswer.CompleteAsync(services, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Could not record personal-data reads; the response was withheld.");
                return new GraphQLOutcome(GraphQLOutcomeKind.Withheld, GraphQLOutcome.ErrorResult(GraphQLErrorCodes.InternalError,
                    "Something went wrong on our side; it has been logged. Please try again later."), scope);
            }
        }
        return new GraphQLOutcome(GraphQLOutcomeKind.Result, result, scope);
    }

    private static ExecutionOptions Options(ParsedRequest request, GraphQLDocument document, IServiceProvider services, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        new()
        {
            Query = request.Request.Query,
            Document = document,
            // A document that passed validation before skips the specification's rules (they
            // depend on the schema alone). The rules registered with the builder, authorization and
            // complexity, are added to this list as to the default one: they run on every request.
            ValidationRules = request.IsValidated ? [] : null,
            OperationName = request.Request.OperationName,
            Variables = request.Request.Variables,
            Extensions = request.Request.Extensions,
            RequestServices = services,
            User = user,
            CancellationToken = cancellationToken,
        };
}
