namespace Marketplace.Core.Common.Paging;

/// <summary>Forward paging: at most <see cref="First"/> items after the opaque cursor <see cref="After"/>.</summary>
public sealed record PageRequest
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public int First { get; }
    public string? After { get; }

    public PageRequest(int? first, string? after)
    {
        var size = first ?? DefaultPageSize;
        if (size is < 0 or > MaxPageSize)
        {
            throw new ValidationException($"'first' must be between 0 and {MaxPageSize}; got {size}.", "first");
        }
        First = size;
        After = after;
    }
}
