using System.Linq.Expressions;
using Marketplace.Core.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Marketplace.Api.Identity;

/// <summary>What a request needs of the caller's account: who they are here, and their scope.</summary>
public sealed record SignedInAccount(string Login, Role Role, string? RegionCode, Guid? OrganisationId);

/// <summary>
/// The account behind a token, kept for a short while after it is looked up: every request needs
/// it, and a round trip per request for a row that rarely changes was a quarter of a suggestion's
/// statements (see make bench). The trade-off: deactivating an account, or changing its role or
/// scope, takes effect on each instance within <see cref="MarketplaceAuthenticationOptions.AccountCacheDuration"/>
/// (30 s by default), not at once; tokens already live for hours, so this adds little to what a
/// revoked user could do. Only accounts that were found are kept, so a new account works at once.
/// </summary>
public sealed class SignedInAccounts(
    IDbContextFactory<MarketplaceDbContext> dbFactory, IMemoryCache cache, IOptions<MarketplaceAuthenticationOptions> options,
    TimeProvider clock, ILogger<SignedInAccounts> logger)
{
    /// <summary>
    /// The active account with the token's Entra object id (linking one on its first sign-in, see
    /// <see cref="AccountLinking"/>) or, without one, its login; null when there is none.
    /// </summary>
    public async Task<SignedInAccount?> FindAsync(TokenIdentity who, CancellationToken cancellationToken)
    {
        var key = who.ObjectId is not null ? new Key("oid", who.ObjectId) : new Key("login", who.Login);
        if (cache.TryGetValue(key, out SignedInAccount? kept)) return kept;

        var found = await LoadAsync(who, cancellationToken);
        if (found is not null) cache.Set(key, found, options.Value.AccountCacheDuration);
        return found;
    }

    private async Task<SignedInAccount?> LoadAsync(TokenIdentity who, CancellationToken cancellationToken)
    {
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            if (who.ObjectId is not { } objectId) return await ActiveAsync(db, u => u.Login == who.Login, cancellationToken);
            return await ActiveAsync(db, u => u.ExternalId == objectId, cancellationToken)
                ?? await LinkOnFirstSignInAsync(db, objectId, who.SignInNames, cancellationToken);
        }
        catch (Exception e) when (DatabaseOutage.IsCause(e))
        {
            // Without the account no request can be authorised: answered as UNAVAILABLE (503), not as a fault of ours.
            logger.LogWarning(e, "The accounts could not be read; the request is answered 503.");
            throw new AccountsUnavailableException();
        }
    }

    /// <summary>
    /// Drops what this instance kept of an account it just changed, so that its next request here
    /// sees the change; other instances see it within the cache's duration.
    /// </summary>
    public async Task ForgetAsync(string login, CancellationToken cancellationToken)
    {
        cache.Remove(new Key("login", login));
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var objectId = await db.UserAccounts.Where(u => u.Login == login).Select(u => u.ExternalId).SingleOrDefaultAsync(cancellationToken);
        if (objectId is not null) cache.Remove(new Key("oid", objectId));
    }

    private async Task<SignedInAccount?> LinkOnFirstSignInAsync(
        MarketplaceDbContext db, string objectId, IReadOnlyList<string> signInNames, CancellationToken cancellationToken)
    {
        if (signInNames.Count == 0) return null;
        if (await AccountLinking.LinkAsync(db, objectId, signInNames, clock.GetUtcNow(), cancellationToken) is not null)
        {
            // Neither the login nor the address: which account it was is in the audit log, for admins.
            logger.LogInformation($"An Entra ID sign-in linked an account to its object id ({AccountLinking.Action} in the audit log).");
        }
        // Linked just now, or by a request of the same person at the same moment.
        return await ActiveAsync(db, u => u.ExternalId == objectId, cancellationToken);
    }

    private static Task<SignedInAccount?> ActiveAsync(MarketplaceDbContext db, Expression<Func<UserAccount, bool>> which, CancellationToken cancellationToken) =>
        db.UserAccounts.Where(u => u.IsActive).Where(which)
            .Select(u => new SignedInAccount(u.Login, u.Role, u.RegionCode, u.OrganisationId))
            .SingleOrDefaultAsync(cancellationToken);

    private sealed record Key(string Kind, string? Value);
}

/// <summary>The accounts are out of reach (the database is down or overloaded): try again shortly.</summary>
public sealed class AccountsUnavailableException() : Exception("The service cannot check your account right now; please try again in a few seconds.");
