using GraphQL.Execution;
using GraphQL.Validation;
using GraphQL.Validation.Errors.Custom;

namespace Marketplace.Api.GraphQL.Errors;

/// <summary>
/// Every error leaves with one stable <c>extensions.code</c> and a message a person can act on.
/// Unexpected exceptions are logged by the executor and leave with a generic message: stack
/// traces and SQL are no one's business outside the server.
/// </summary>
public sealed class MarketplaceErrorInfoProvider : IErrorInfoProvider
{
    public ErrorInfo GetInfo(ExecutionError executionError)
    {
        var (code, message, field) = Describe(executionError);
        var extensions = new Dictionary<string, object?> { ["code"] = code };
        if (field is not null) extensions["field"] = field;
        if (executionError.InnerException is MarketplaceException { Extensions: var more })
        {
            foreach (var (key, value) in more) extensions.TryAdd(key, value);
        }
        return new ErrorInfo { Message = message, Extensions = extensions };
    }

    public const string DatabaseUnavailableMessage = "The service cannot reach its database right now; try again in a few seconds.";

    private static (string Code, string Message, string? Field) Describe(ExecutionError error) => error switch
    {
        { InnerException: ValidationException v } => (v.Code, v.Message, v.Field),
        { InnerException: MarketplaceException m } => (m.Code, m.Message, null),
        { InnerException: OperationCanceledException or TimeoutException } =>
            (GraphQLErrorCodes.Timeout, "The request took too long and was stopped; narrow it (fewer items, fewer nested fields) and try again.", null),
        ValidationError { Code: ErrorCodes.Unauthenticated or ErrorCodes.Forbidden } => (error.Code!, error.Message, null),
        ComplexityError => (GraphQLErrorCodes.QueryTooComplex, error.Message, null),
        ValidationError => (GraphQLErrorCodes.ValidationFailed, error.Message, null),
        UnhandledError when DatabaseOutage.IsCause(error.InnerException) =>
            (GraphQLErrorCodes.DatabaseUnavailable, DatabaseUnavailableMessage, null),
        UnhandledError => (GraphQLErrorCodes.InternalError, "Something went wrong on our side; it has been logged. Please try again later.", null),
        _ => (error.Code ?? GraphQLErrorCodes.BadRequest, error.Message, null),
    };
}
