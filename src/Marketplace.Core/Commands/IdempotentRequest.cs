namespace Marketplace.Core.Commands;

/// <summary>
/// The fingerprint of the request an idempotency key came with (its operation and arguments,
/// hashed by the transport), carried along the request's async flow rather than through every
/// command's signature: <see cref="CommandRunner"/> records it with the key, and a key sent again
/// with another request is refused (IDEMPOTENCY_KEY_REUSED) instead of answered with the first result.
/// </summary>
public static class IdempotentRequest
{
    private static readonly AsyncLocal<string?> Current = new();

    public static string? Fingerprint => Current.Value;

    /// <summary>Sets the fingerprint for the rest of the calling async flow (a resolver, and the command it runs).</summary>
    public static void Describe(string fingerprint) => Current.Value = fingerprint;
}

/// <summary>The key was used before for another operation or other arguments.</summary>
public sealed class IdempotencyKeyReusedException(string message) : MarketplaceException(ErrorCodes.IdempotencyKeyReused, message);
