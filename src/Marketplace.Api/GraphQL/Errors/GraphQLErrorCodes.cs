namespace Marketplace.Api.GraphQL.Errors;

/// <summary>
/// Codes for refusals that come from the GraphQL layer itself rather than from the domain
/// (whose codes are in <see cref="Marketplace.Core.Common.ErrorCodes"/>).
/// </summary>
public static class GraphQLErrorCodes
{
    public const string BadRequest = "BAD_REQUEST";
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";
    public const string QueryTooComplex = "QUERY_TOO_COMPLEX";
    public const string Timeout = "TIMEOUT";
    public const string InternalError = "INTERNAL_SERVER_ERROR";
    /// <summary>The database is out of reach (stopped, restarting, failing over): 503 with Retry-After; try again shortly.</summary>
    public const string DatabaseUnavailable = "DATABASE_UNAVAILABLE";
    public const string TooManySubscriptions = "TOO_MANY_SUBSCRIPTIONS";
    public const string SubscriberTooSlow = "SUBSCRIBER_TOO_SLOW";
}
