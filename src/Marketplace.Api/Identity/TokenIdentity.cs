using System.Security.Claims;

namespace Marketplace.Api.Identity;

/// <summary>
/// Who a validated token says the caller is: the Entra object id or, in local mode, the login; and
/// the names (preferred_username, e-mail) by which an Entra sign-in may link an account not yet linked.
/// </summary>
public sealed record TokenIdentity(string? ObjectId, string? Login, IReadOnlyList<string> SignInNames)
{
    public static TokenIdentity Of(ClaimsPrincipal principal) => new(
        principal.FindFirstValue(MarketplaceClaims.EntraObjectId) ?? principal.FindFirstValue(MarketplaceClaims.EntraObjectIdLong),
        principal.FindFirstValue(MarketplaceClaims.Login),
        // The e-mail claim arrives under its long name when the handler maps inbound claims (its default).
        [.. new[] { MarketplaceClaims.PreferredUsername, MarketplaceClaims.Email, ClaimTypes.Email }.Select(principal.FindFirstValue).OfType<string>()]);
}
