using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;

namespace Marketplace.Api.Identity;

/// <summary>
/// A token says who someone is; our user accounts say what they may do. This adds the account's
/// login and role to an authenticated principal, so that role checks (GraphQL's
/// AuthorizeWithRoles metadata, ASP.NET Core policies) see the roles we hold, not the token's.
/// A principal without an active account keeps no role and is refused everything but public data.
/// </summary>
public sealed class UserAccountClaimsTransformation(SignedInAccounts accounts, IHttpContextAccessor http) : IClaimsTransformation
{
    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true || principal.HasClaim(c => c.Type == MarketplaceClaims.AccountLogin))
        {
            return principal;
        }

        var account = await accounts.FindAsync(TokenIdentity.Of(principal), http.HttpContext?.RequestAborted ?? CancellationToken.None);
        if (account is null) return principal;

        List<Claim> claims = [new(MarketplaceClaims.AccountLogin, account.Login), new(MarketplaceClaims.Role, account.Role.ClaimValue())];
        if (account.RegionCode is not null) claims.Add(new(MarketplaceClaims.AccountRegion, account.RegionCode));
        if (account.OrganisationId is { } organisation) claims.Add(new(MarketplaceClaims.AccountOrganisation, organisation.ToString()));
        var identity = new ClaimsIdentity(claims, authenticationType: "MarketplaceAccount", nameType: MarketplaceClaims.AccountLogin, roleType: MarketplaceClaims.Role);
        // The token's own role claims are dropped: only the account's role counts.
        var result = new ClaimsPrincipal(principal.Identities.Select(i => new ClaimsIdentity(
            i.Claims.Where(c => c.Type is not (MarketplaceClaims.Role or ClaimTypes.Role)), i.AuthenticationType, i.NameClaimType, MarketplaceClaims.Role)));
        result.AddIdentity(identity);
        return result;
    }
}
