namespace Marketplace.Api.GraphQL;

public static class Ids
{
    /// <summary>An ID as a GUID, or a VALIDATION error naming where it came from.</summary>
    public static Guid Parse(string? raw, string name) =>
        Guid.TryParse(raw, out var id)
            ? id
            : throw new ValidationException($"'{name}' must be an id as given by this API (a UUID); got '{raw}'.", name);

    /// <summary>An optional ID: null when absent, otherwise as <see cref="Parse"/>.</summary>
    public static Guid? ParseOptional(string? raw, string name) => raw is null ? null : Parse(raw, name);
}
