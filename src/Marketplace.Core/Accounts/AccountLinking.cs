using Marketplace.Core.Audit;
using Npgsql;

namespace Marketplace.Core.Accounts;

/// <summary>
/// In Entra ID mode an administrator makes an account knowing the person's address, never their
/// object id (oid): the first signed-in token whose preferred_username or e-mail is the account's
/// e-mail or login links the account to that token's oid, and from then on the oid alone finds it.
/// An account already linked is never taken over by a matching address, and an oid already an
/// account's is never moved to another.
/// </summary>
public static class AccountLinking
{
    public const string Actor = "system:entra";
    public const string Action = "account.linked";

    /// <summary>
    /// Links the one active, unlinked account that the names designate to <paramref name="objectId"/>,
    /// recorded in the audit log in the same transaction. Returns its login, or null when nothing was
    /// linked: no such account, two of them, the oid already taken, or a request at the same moment
    /// linked first.
    /// </summary>
    public static async Task<string?> LinkAsync(
        MarketplaceDbContext db, string objectId, IEnumerable<string> signInNames, DateTimeOffset now, CancellationToken cancellationToken)
    {
        List<string> names = [.. signInNames.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim().ToLowerInvariant()).Distinct()];
        if (names.Count == 0) return null;

        // lower() on both sides: e-mails are kept lower-case, but one written otherwise must not be
        // missed; the accounts are few, and this runs only for an oid no account has. ToLower is
        // translated to PostgreSQL's lower() (ToLowerInvariant is not): no .NET culture is involved.
        var accounts = db.UserAccounts;
#pragma warning disable CA1304, CA1311
        var candidates = await accounts
            .Where(u => u.IsActive && u.ExternalId == null && (names.Contains(u.Email!.ToLower()) || names.Contains(u.Login.ToLower())))
            .Where(_ => !accounts.Any(other => other.ExternalId == objectId))
            .Select(u => u.Login).Take(2).ToListAsync(cancellationToken);
#pragma warning restore CA1304, CA1311
        // Two accounts answering to one token: which one is meant is for an administrator to say, not for us to guess.
        if (candidates is not [var login]) return null;

        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // The guard: of two first requests at once, the second finds external_id set and links nothing.
            var linked = await db.UserAccounts.Where(u => u.Login == login && u.IsActive && u.ExternalId == null)
                .ExecuteUpdateAsync(set => set.SetProperty(u => u.ExternalId, objectId), cancellationToken);
            if (linked == 0) return null;
            db.Audit(now, Actor, Action, nameof(UserAccount), login, new { ExternalId = (string?)null }, new { ExternalId = objectId });
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return login;
        }
        catch (Exception e) when (IsOidTaken(e))
        {
            // The same oid linked to another account at this moment (its other address matched that one): it keeps that one.
            return null;
        }
    }

    private static bool IsOidTaken(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation }) return true;
        }
        return false;
    }
}
