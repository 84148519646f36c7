using System.Security.Claims;
using System.Text;
using Marketplace.Core.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Marketplace.Api.Identity;

/// <summary>
/// Local mode only: `GET /dev/token` lists the demo users, `POST /dev/token {"user": login}` signs a
/// token for one of them. Both answer 404 in any other mode, as if they did not exist.
/// </summary>
public static class DevTokenEndpoint
{
    public sealed record TokenRequest(string? User);

    public static WebApplication MapDevToken(this WebApplication app)
    {
        var group = app.MapGroup("/dev/token");
        group.MapGet("", ListAsync);
        group.MapPost("", IssueAsync);
        return app;
    }

    private static async Task<IResult> ListAsync(IOptions<MarketplaceAuthenticationOptions> options, IDbContextFactory<MarketplaceDbContext> dbFactory, CancellationToken cancellationToken)
    {
        if (options.Value.Mode != AuthenticationMode.Local) return Results.NotFound();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var users = await db.UserAccounts.AsNoTracking().Where(u => u.IsActive).OrderBy(u => u.Role).ThenBy(u => u.Login)
            .Select(u => new { u.Login, u.DisplayName, u.Role, u.RegionCode, RegionName = u.Region!.Name, u.OrganisationId, OrganisationName = u.Organisation!.Name })
            .ToListAsync(cancellationToken);
        return Results.Ok(users.Select(u => new { u.Login, u.DisplayName, Role = u.Role.ClaimValue(), u.RegionCode, u.RegionName, u.OrganisationId, u.OrganisationName }));
    }

    private static async Task<IResult> IssueAsync(
        TokenRequest? request, IOptions<MarketplaceAuthenticationOptions> options, IDbContextFactory<MarketplaceDbContext> dbFactory, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (options.Value.Mode != AuthenticationMode.Local) return Results.NotFound();
        if (string.IsNullOrWhiteSpace(request?.User))
        {
            return Results.BadRequest(new { error = "Send {\"user\": \"<login>\"}; GET /dev/token lists the demo logins.", code = "VALIDATION" });
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var account = await db.UserAccounts.AsNoTracking().SingleOrDefaultAsync(u => u.Login == request.User && u.IsActive, cancellationToken);
        if (account is null)
        {
            return Results.NotFound(new { error = $"No active user '{request.User}'; GET /dev/token lists the demo logins.", code = "NOT_FOUND" });
        }

        var local = options.Value.Local;
        var now = clock.GetUtcNow();
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = LocalAuthenticationOptions.Issuer,
            Audience = LocalAuthenticationOptions.Audience,
            Subject = new ClaimsIdentity([
                new Claim(MarketplaceClaims.Login, account.Login),
                new Claim(MarketplaceClaims.Name, account.DisplayName),
                new Claim(MarketplaceClaims.Role, account.Role.ClaimValue()),
            ]),
            NotBefore = now.UtcDateTime,
            IssuedAt = now.UtcDateTime,
            Expires = (now + local.TokenLifetime).UtcDateTime,
            SigningCredentials = new SigningCredentials(LocalKey(local), SecurityAlgorithms.HmacSha256),
        });
        return Results.Ok(new
        {
            access_token = token,
            token_type = "Bearer",
            expires_in = (int)local.TokenLifetime.TotalSeconds,
            user = new { account.Login, account.DisplayName, Role = account.Role.ClaimValue(), account.RegionCode, account.OrganisationId },
        });
    }

    public static SymmetricSecurityKey LocalKey(LocalAuthenticationOptions local) => new(Encoding.UTF8.GetBytes(local.SigningKey));
}
