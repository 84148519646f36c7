using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Marketplace.Tests.Infrastructure;

/// <summary>
/// A stand-in for Entra ID on 127.0.0.1: a real Kestrel server answering the v2.0 discovery
/// document and signing keys at the paths Entra ID serves them, so that Microsoft.Identity.Web
/// finds it from the AzureAd section alone (Instance, TenantId), and the access tokens Entra ID
/// would issue for the API, signed with an RSA key made when the issuer starts.
/// </summary>
public sealed class LocalOpenIdIssuer : IAsyncDisposable
{
    private const string KeyId = "local-test-key";
    private readonly RSA _rsa = RSA.Create(2048);
    private WebApplication _app = null!;

    /// <summary>What the AzureAd:Instance setting names: http://127.0.0.1:port/.</summary>
    public string Instance { get; private set; } = "";
    public string TenantId { get; } = Guid.NewGuid().ToString();
    public string ClientId { get; } = Guid.NewGuid().ToString();
    public string Issuer => $"{Instance}{TenantId}/v2.0";

    /// <summary>The issuer's own key; a key that is not it, under its key id, forges a token.</summary>
    public SecurityKey SigningKey => new RsaSecurityKey(_rsa) { KeyId = KeyId };

    public static async Task<LocalOpenIdIssuer> StartAsync()
    {
        var issuer = new LocalOpenIdIssuer();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        issuer._app = builder.Build();
        issuer._app.MapGet("/{tenant}/v2.0/.well-known/openid-configuration", issuer.Discovery);
        issuer._app.MapGet("/{tenant}/discovery/v2.0/keys", issuer.Keys);
        await issuer._app.StartAsync();
        issuer.Instance = issuer._app.Urls.Single() + "/";
        return issuer;
    }

    /// <summary>
    /// A v2.0 access token for the API, as Entra ID shapes one: oid, tid, a scope, and the sign-in
    /// names that may link an account. By default valid for an hour, signed by this issuer, for the API.
    /// </summary>
    public string TokenFor(
        string objectId, string? preferredUsername = null, string? email = null,
        DateTimeOffset? expires = null, SecurityKey? signedWith = null, string? audience = null, string? issuer = null,
        string? scope = "access_as_user")
    {
        var until = expires ?? DateTimeOffset.UtcNow.AddHours(1);
        var claims = new Dictionary<string, object>
        {
            ["oid"] = objectId,
            ["tid"] = TenantId,
            ["ver"] = "2.0",
            ["name"] = "A test user",
        };
        if (scope is not null) claims["scp"] = scope;
        if (preferredUsername is not null) claims["preferred_username"] = preferredUsername;
        if (email is not null) claims["email"] = email;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? Issuer,
            Audience = audience ?? ClientId,
            Claims = claims,
            IssuedAt = until.AddHours(-1).UtcDateTime,
            NotBefore = until.AddHours(-1).UtcDateTime,
            Expires = until.UtcDateTime,
            SigningCredentials = new SigningCredentials(signedWith ?? SigningKey, SecurityAlgorithms.RsaSha256),
        });
    }

    private IResult Discovery(string tenant) => tenant != TenantId ? Results.NotFound() : Results.Json(new Dictionary<string, object>
    {
        ["issuer"] = Issuer,
        ["jwks_uri"] = $"{Instance}{TenantId}/discovery/v2.0/keys",
        ["authorization_endpoint"] = $"{Instance}{TenantId}/oauth2/v2.0/authorize",
        ["token_endpoint"] = $"{Instance}{TenantId}/oauth2/v2.0/token",
        ["response_types_supported"] = new[] { "code" },
        ["subject_types_supported"] = new[] { "pairwise" },
        ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
    });

    private IResult Keys(string tenant)
    {
        if (tenant != TenantId) return Results.NotFound();
        var key = _rsa.ExportParameters(includePrivateParameters: false);
        // Entra ID names each key's issuer; Microsoft.Identity.Web checks it against the token's.
        return Results.Json(new { keys = new[] { new Dictionary<string, string>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(key.Modulus),
            ["e"] = Base64UrlEncoder.Encode(key.Exponent),
            ["issuer"] = Issuer,
        } } });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _rsa.Dispose();
    }
}
