using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Identity.Web;
using Microsoft.IdentityModel.Tokens;

namespace Marketplace.Api.Identity;

public static class IdentitySetup
{
    /// <summary>Every GraphQL field that is not public asks for this policy: a signed-in user with an account.</summary>
    public const string SignedInPolicy = "SignedIn";

    public static WebApplicationBuilder AddMarketplaceIdentity(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(MarketplaceAuthenticationOptions.Section);
        builder.Services.AddOptions<MarketplaceAuthenticationOptions>().Bind(section);
        var options = section.Get<MarketplaceAuthenticationOptions>() ?? new MarketplaceAuthenticationOptions();

        if (options.Mode == AuthenticationMode.Local)
        {
            AddLocalJwtBearer(builder.Services, options.Local);
        }
        else
        {
            builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
                .AddMicrosoftIdentityWebApi(builder.Configuration.GetSection("AzureAd"));
        }

        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(SignedInPolicy, policy => policy.RequireAuthenticatedUser().RequireClaim(MarketplaceClaims.AccountLogin));
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton<SignedInAccounts>();
        builder.Services.AddScoped<IClaimsTransformation, UserAccountClaimsTransformation>();
        builder.Services.AddScoped<CurrentViewer>();
        return builder;
    }

    /// <summary>
    /// Refuses to serve local tokens anywhere but Development and the tests: `/dev/token` signs an
    /// admin token for whoever asks, with a key that may be the one in the code. Checked when
    /// serving only: the schema printer and the migrator need no authentication.
    /// </summary>
    public static void EnsureSafeToServe(this WebApplication app)
    {
        var mode = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<MarketplaceAuthenticationOptions>>().Value.Mode;
        if (mode == AuthenticationMode.Local && !app.Environment.IsDevelopment() && !app.Environment.IsEnvironment("Testing"))
        {
            throw new InvalidOperationException(
                $"Authentication:Mode is Local, which is refused in {app.Environment.EnvironmentName} (only Development and Testing allow it). "
                + "Set Authentication:Mode to EntraId and fill the AzureAd section.");
        }
    }

    private static void AddLocalJwtBearer(IServiceCollection services, LocalAuthenticationOptions local)
    {
        if (System.Text.Encoding.UTF8.GetByteCount(local.SigningKey) < 32)
        {
            throw new InvalidOperationException("Authentication:Local:SigningKey must be at least 32 bytes.");
        }
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(jwt =>
        {
            // Local mode never reaches the network: no metadata, no authority, just our key.
            jwt.RequireHttpsMetadata = false;
            jwt.MapInboundClaims = false;
            jwt.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = LocalAuthenticationOptions.Issuer,
                ValidAudience = LocalAuthenticationOptions.Audience,
                IssuerSigningKey = DevTokenEndpoint.LocalKey(local),
                NameClaimType = MarketplaceClaims.Login,
                RoleClaimType = MarketplaceClaims.Role,
                ClockSkew = TimeSpan.FromSeconds(30),
            };
        });
    }
}
