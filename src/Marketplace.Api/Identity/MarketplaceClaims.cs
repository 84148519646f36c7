namespace Marketplace.Api.Identity;

/// <summary>The claims our tokens and principals carry.</summary>
public static class MarketplaceClaims
{
    /// <summary>The login (local mode: the token's subject).</summary>
    public const string Login = "sub";
    /// <summary>The Entra ID object id.</summary>
    public const string EntraObjectId = "oid";
    public const string EntraObjectIdLong = "http://schemas.microsoft.com/identity/claims/objectidentifier";
    /// <summary>Entra ID's sign-in name (usually the address); with <see cref="Email"/>, what links an account on first sign-in.</summary>
    public const string PreferredUsername = "preferred_username";
    public const string Email = "email";
    public const string Role = "role";
    public const string Name = "name";
    /// <summary>Added once the account is found, so that the lookup happens once per request.</summary>
    public const string AccountLogin = "marketplace_login";
    public const string AccountRegion = "marketplace_region";
    public const string AccountOrganisation = "marketplace_organisation";
}
