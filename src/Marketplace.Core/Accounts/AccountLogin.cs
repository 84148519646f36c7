using System.Text.RegularExpressions;

namespace Marketplace.Core.Accounts;

/// <summary>The forms of a login and an e-mail address an account may have, each checked with a message naming the field.</summary>
public static partial class AccountLogin
{
    /// <summary>The login, trimmed and checked; null when none was given.</summary>
    public static string? ValidatedOrNull(string? login, string field)
    {
        if (string.IsNullOrWhiteSpace(login)) return null;
        var trimmed = login.Trim();
        if (!LoginPattern().IsMatch(trimmed)) throw new ValidationException("A login has 3 to 100 lower-case letters, digits, '.', '_' or '-'.", field);
        return trimmed;
    }

    public static string Validated(string? login, string field) =>
        ValidatedOrNull(login, field) ?? throw new ValidationException("Give the account a login (e.g. worker.xianqiao).", field);

    /// <summary>
    /// The address, trimmed and lower-cased, or null when none was given: Entra ID compares it with
    /// a token's preferred_username or e-mail, which differ in case from one tenant to the next.
    /// </summary>
    public static string? Email(string? email, string field)
    {
        if (string.IsNullOrWhiteSpace(email)) return null;
        var trimmed = email.Trim().ToLowerInvariant();
        if (trimmed.Length > 254 || !EmailPattern().IsMatch(trimmed)) throw new ValidationException($"'{email.Trim()}' is not an e-mail address.", field);
        return trimmed;
    }

    [GeneratedRegex(@"^[a-z0-9._\-]{3,100}$")]
    private static partial Regex LoginPattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();
}
