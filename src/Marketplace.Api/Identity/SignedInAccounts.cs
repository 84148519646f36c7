using Marketplace.Core.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Npgsql;

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
    IDbContextFactory<MarketplaceDbContext> dbFactory, IMemoryCache cache, IOptions<MarketplaceAuthenticationOptions> options, ILogger<SignedInAccounts> logger)
{
    /// <summary>The active account with this Entra object id or, without one, this login; null when there is none.</summary>
    public async Task<SignedInAccount?> FindAsync(string? objectId, string? login, CancellationToken cancellationToken)
    {
        var key = objectId is not null ? new Key("oid", objectId) : new Key("login", login);
        if (cache.TryGetValue(key, out SignedInAccount? kept)) return kept;

        var found = await LoadAsync(objectId, login, cancellationToken);
        if (found is not null) cache.Set(key, found, options.Value.AccountCacheDuration);
        return found;
    }

    private async Task<SignedInAccount?> LoadAsync(string? objectId, string? login, CancellationToken cancellationToken)
    {
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var accounts = db.UserAccounts.Where(u => u.IsActive);
            accounts = objectId is not null ? accounts.Where(u => u.ExternalId == objectId) : accounts.Where(u => u.Login == login);
            return await accounts
                .Select(u => new SignedInAccount(u.Login, u.Role, u.RegionCode, u.OrganisationId))
                .SingleOrDefaultAsync(cancellationToken);
        }
        // EF Core's execution strategy wraps a transient failure in an InvalidOperationException.
        catch (Exception e) when (e is NpgsqlException { IsTransient: true } || e.InnerException is NpgsqlException { IsTransient: true })
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

    private sealed record Key(string Kind, string? Value);
}

/// <summary>The accounts are out of reach (the database is down or overloaded): try again shortly.</summary>
public sealed class AccountsUnavailableException() : Exception("The service cannot check your account right now; please try again in a few seconds.");
