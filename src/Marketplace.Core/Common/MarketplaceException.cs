namespace Marketplace.Core.Common;

/// <summary>
/// A refusal the client can act on. <see cref="Code"/> is part of the API contract: clients
/// branch on it, so a code never changes meaning once published.
/// </summary>
public abstract class MarketplaceException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;

    /// <summary>What the refusal adds to <c>extensions</c> beside the code, for a client to act on; none by default.</summary>
    public virtual IReadOnlyDictionary<string, object?> Extensions { get; } = new Dictionary<string, object?>();
}

public sealed class ValidationException(string message, string? field = null) : MarketplaceException(ErrorCodes.Validation, message)
{
    public string? Field { get; } = field;
}

public sealed class NotFoundException(string what, string key) : MarketplaceException(ErrorCodes.NotFound, $"{what} '{key}' was not found.");

public sealed class ConflictException(string message) : MarketplaceException(ErrorCodes.Conflict, message);

public sealed class InvalidTransitionException(string message) : MarketplaceException(ErrorCodes.InvalidTransition, message);

public sealed class CapacityExceededException(string message) : MarketplaceException(ErrorCodes.CapacityExceeded, message);

public sealed class ForbiddenException(string message) : MarketplaceException(ErrorCodes.Forbidden, message);

public sealed class UnauthenticatedException() : MarketplaceException(ErrorCodes.Unauthenticated, "Sign in first: this needs a valid bearer token.");
