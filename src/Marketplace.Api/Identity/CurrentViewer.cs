using System.Security.Claims;

namespace Marketplace.Api.Identity;

/// <summary>
/// The viewer of the current request, from the claims <see cref="UserAccountClaimsTransformation"/>
/// added from the user's account: available synchronously to every resolver.
/// </summary>
public sealed class CurrentViewer(IHttpContextAccessor http)
{
    private ClaimsPrincipal? _user;

    /// <summary>
    /// For work outside an HTTP request's flow (a subscription's events): the user this scope acts
    /// for, instead of the current request's.
    /// </summary>
    public void ActFor(ClaimsPrincipal user) => _user = user;

    /// <summary>The signed-in viewer, or null for an anonymous caller (fields open to everyone that show more to some).</summary>
    public Viewer? Find() =>
        (_user ?? http.HttpContext?.User)?.Identity?.IsAuthenticated == true ? Get() : null;

    /// <summary>The signed-in viewer, or UNAUTHENTICATED / FORBIDDEN for anyone else.</summary>
    public Viewer Get()
    {
        var user = _user ?? http.HttpContext?.User;
        if (user?.Identity?.IsAuthenticated != true) throw new UnauthenticatedException();
        var login = user.FindFirstValue(MarketplaceClaims.AccountLogin)
            ?? throw new ForbiddenException("You are signed in, but have no active account here; ask your district administrator to register you.");
        var role = Enum.GetValues<Role>().Single(r => user.IsInRole(r.ClaimValue()));
        var organisation = user.FindFirstValue(MarketplaceClaims.AccountOrganisation);
        return new Viewer(login, role, user.FindFirstValue(MarketplaceClaims.AccountRegion), organisation is null ? null : Guid.Parse(organisation));
    }
}
