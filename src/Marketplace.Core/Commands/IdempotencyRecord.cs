namespace Marketplace.Core.Commands;

/// <summary>
/// A client-chosen key that makes a mutation safe to retry: the first request with a key does the
/// work and records its result; a repeat returns that result and changes nothing.
/// </summary>
[Table("idempotency_records")]
public sealed class IdempotencyRecord
{
    public required string Actor { get; init; }
    public required string Key { get; init; }
    public required string Operation { get; init; }

    /// <summary>The result, or the first of several; null while the first request has not finished.</summary>
    public Guid? ResultId { get; set; }

    /// <summary>Every result of a command that makes several (applyAllocation); null for one.</summary>
    public Guid[]? ResultIds { get; set; }

    /// <summary>SHA-256 of the operation and its arguments (hex), when the transport described the request; see <see cref="IdempotentRequest"/>.</summary>
    public string? RequestHash { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
