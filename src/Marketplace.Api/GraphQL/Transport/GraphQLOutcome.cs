using GraphQLParser.AST;

namespace Marketplace.Api.GraphQL.Transport;

public enum GraphQLOutcomeKind
{
    /// <summary>The executor's result: data, field errors, or a request refused by validation (<c>Executed</c> false).</summary>
    Result,

    /// <summary>The document does not parse (PARSE_FAILED): a request error.</summary>
    ParseFailed,

    /// <summary>Stopped past the request timeout (TIMEOUT).</summary>
    TimedOut,

    /// <summary>Ran, but the personal-data reads could not be recorded, so the data is withheld (INTERNAL_SERVER_ERROR).</summary>
    Withheld,
}

/// <summary>
/// What a request came to, for a transport to frame in its own way (status codes for HTTP,
/// `next` / `error` messages for WebSocket). Owns the service scope it ran in, when the executor
/// made one: a subscription's stream resolves its events from it, so dispose the outcome when the
/// stream ends.
/// </summary>
public sealed class GraphQLOutcome(GraphQLOutcomeKind kind, ExecutionResult result, AsyncServiceScope? scope = null) : IAsyncDisposable
{
    public GraphQLOutcomeKind Kind { get; } = kind;
    public ExecutionResult Result { get; } = result;

    /// <summary>The events of a subscription that started.</summary>
    public IObservable<ExecutionResult>? Stream =>
        Kind == GraphQLOutcomeKind.Result && Result.Streams is { Count: 1 } streams ? streams.Values.Single() : null;

    public bool IsSubscription => Result.Operation?.Operation == OperationType.Subscription;

    public static GraphQLOutcome Refused(GraphQLOutcomeKind kind, string code, string message) => new(kind, ErrorResult(code, message));

    /// <summary>A request error: no data, one error with the code.</summary>
    public static ExecutionResult ErrorResult(string code, string message) =>
        new() { Executed = false, Errors = [new ExecutionError(message) { Code = code }] };

    public ValueTask DisposeAsync() => scope?.DisposeAsync() ?? ValueTask.CompletedTask;
}
