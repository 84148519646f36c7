namespace Marketplace.Core.Common;

/// <summary>The stable values of <c>extensions.code</c>.</summary>
public static class ErrorCodes
{
    public const string Validation = "VALIDATION";
    public const string NotFound = "NOT_FOUND";
    public const string Conflict = "CONFLICT";
    public const string InvalidTransition = "INVALID_TRANSITION";
    public const string CapacityExceeded = "CAPACITY_EXCEEDED";
    public const string Forbidden = "FORBIDDEN";
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string OrganisationSuspended = "ORGANISATION_SUSPENDED";
    public const string IdempotencyKeyReused = "IDEMPOTENCY_KEY_REUSED";
    public const string DuplicatePerson = "DUPLICATE_PERSON";
}
