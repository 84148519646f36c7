namespace Marketplace.Core.Commands;

/// <summary>
/// A client-chosen key that makes a mutation safe to retry: the first request with a key does the
/// work and records its result; a repeat returns that result and changes nothing.
/// </summary>
public sealed class IdempotencyRecord
{
    public required string Actor { get; init; }
    public required string Key { get; init; }
    public required string Operation { get; init; }
    public Guid? ResultId { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
}
