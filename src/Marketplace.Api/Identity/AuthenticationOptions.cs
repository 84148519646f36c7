namespace Marketplace.Api.Identity;

public enum AuthenticationMode
{
    /// <summary>Tokens signed by a local key, issued by `POST /dev/token`; never reaches the network. Refused in Production.</summary>
    Local,
    /// <summary>Microsoft Entra ID through Microsoft.Identity.Web, configured in the "AzureAd" section.</summary>
    EntraId,
}

/// <summary>The "Authentication" configuration section.</summary>
public sealed class MarketplaceAuthenticationOptions
{
    public const string Section = "Authentication";

    public AuthenticationMode Mode { get; set; } = AuthenticationMode.Local;
    public LocalAuthenticationOptions Local { get; set; } = new();

    /// <summary>How long an account looked up for a request is kept: how late a deactivation or a new role may take effect.</summary>
    public TimeSpan AccountCacheDuration { get; set; } = TimeSpan.FromSeconds(30);
}

public sealed class LocalAuthenticationOptions
{
    public const string Issuer = "marketplace-local";
    public const string Audience = "marketplace-api";

    /// <summary>At least 32 bytes of UTF-8. The default is for development and tests only.</summary>
    public string SigningKey { get; set; } = "marketplace-local-development-signing-key-not-for-production";
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(8);
}
