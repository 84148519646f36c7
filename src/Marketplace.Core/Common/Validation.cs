namespace Marketplace.Core.Common;

/// <summary>Input checks shared by every feature, each with a message that says what to change.</summary>
public static class Validation
{
    public const int MaxNoteLength = 2000;

    /// <summary>The trimmed text, or a VALIDATION error with <paramref name="whenMissing"/>.</summary>
    public static string Required(string? text, string field, string whenMissing, int maxLength = MaxNoteLength)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed)) throw new ValidationException(whenMissing, field);
        if (trimmed.Length > maxLength) throw new ValidationException($"'{field}' has at most {maxLength} characters; got {trimmed.Length}.", field);
        return trimmed;
    }
}
