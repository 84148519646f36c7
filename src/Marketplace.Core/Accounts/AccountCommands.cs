using Marketplace.Core.Audit;

namespace Marketplace.Core.Accounts;

/// <summary>
/// Accounts are created, changed, deactivated and reactivated by those who may manage them
/// (<see cref="AccountAuthority"/>), never by their holders for themselves beyond their name and
/// e-mail. Every act is audited. An account is keyed by its login, which the caller has, so the
/// runner's result carries nothing.
/// </summary>
public sealed class AccountCommands(CommandRunner runner)
{
    public Task CreateAsync(Viewer viewer, NewUserAccount input, string? idempotencyKey, CancellationToken cancellationToken) =>
        runner.RunAsync(viewer, "createUserAccount", idempotencyKey, async c =>
        {
            var login = AccountLogin.Validated(input.Login, "login");
            var scope = new AccountScope(input.Role, Blank(input.RegionCode), input.OrganisationId);
            AccountAuthority.EnsureMayManage(c.Viewer, await ActorLeadsAsync(c, cancellationToken), scope);
            var account = new UserAccount
            {
                Login = login,
                DisplayName = DisplayName(input.DisplayName),
                Email = AccountLogin.Email(input.Email, "email"),
                Role = scope.Role,
                RegionCode = scope.RegionCode,
                OrganisationId = scope.OrganisationId,
                LeadsOrganisation = Leads(scope.Role, input.LeadsOrganisation),
            };
            await scope.EnsureFitsAsync(c.Db, cancellationToken);
            if (await c.Db.UserAccounts.AnyAsync(u => u.Login == login, cancellationToken)) throw new ConflictException($"The login '{login}' is taken; choose another.");
            await EnsureEmailFreeAsync(c, account.Email, login, cancellationToken);
            c.Db.UserAccounts.Add(account);
            c.Audit("account.created", nameof(UserAccount), login, null, Snapshot(account));
            return Guid.Empty;
        }, cancellationToken);

    public Task UpdateAsync(Viewer viewer, string login, UserAccountChanges changes, string? idempotencyKey, CancellationToken cancellationToken) =>
        runner.RunAsync(viewer, "updateUserAccount", idempotencyKey, async c =>
        {
            var account = await LockAsync(c, login, cancellationToken);
            var before = Snapshot(account);
            var scope = ScopeAfter(account, changes);
            var changesAuthority = scope != AccountScope.Of(account) || (changes.LeadsOrganisation ?? account.LeadsOrganisation) != account.LeadsOrganisation;
            if (account.Login == c.Viewer.Login && changesAuthority)
            {
                throw new ForbiddenException("Nobody changes their own role or scope; ask whoever manages your account.");
            }
            if (account.Login != c.Viewer.Login)
            {
                var leads = await ActorLeadsAsync(c, cancellationToken);
                AccountAuthority.EnsureMayManage(c.Viewer, leads, AccountScope.Of(account));
                AccountAuthority.EnsureMayManage(c.Viewer, leads, scope);
            }
            await scope.EnsureFitsAsync(c.Db, cancellationToken);
            if (account.Role == Role.Admin && scope.Role != Role.Admin) await EnsureAnotherAdminAsync(c, account.Login, cancellationToken);
            if (changes.DisplayName is not null) account.DisplayName = DisplayName(changes.DisplayName);
            if (changes.Email is not null)
            {
                account.Email = AccountLogin.Email(changes.Email, "email");
                await EnsureEmailFreeAsync(c, account.Email, account.Login, cancellationToken);
            }
            (account.Role, account.RegionCode, account.OrganisationId) = (scope.Role, scope.RegionCode, scope.OrganisationId);
            account.LeadsOrganisation = Leads(scope.Role, changes.LeadsOrganisation ?? account.LeadsOrganisation);
            c.Audit("account.updated", nameof(UserAccount), account.Login, before, Snapshot(account));
            return Guid.Empty;
        }, cancellationToken);

    /// <summary>Deactivated, the account is refused on its next request once the accounts cache lets go of it (Authentication:AccountCacheDuration).</summary>
    public Task DeactivateAsync(Viewer viewer, string login, string? reason, string? idempotencyKey, CancellationToken cancellationToken) =>
        SetActiveAsync(viewer, login, active: false, reason, "deactivateUserAccount", idempotencyKey, cancellationToken);

    public Task ReactivateAsync(Viewer viewer, string login, string? idempotencyKey, CancellationToken cancellationToken) =>
        SetActiveAsync(viewer, login, active: true, reason: null, "reactivateUserAccount", idempotencyKey, cancellationToken);

    private Task<Guid> SetActiveAsync(Viewer viewer, string login, bool active, string? reason, string operation, string? idempotencyKey, CancellationToken cancellationToken) =>
        runner.RunAsync(viewer, operation, idempotencyKey, async c =>
        {
            var account = await LockAsync(c, login, cancellationToken);
            if (account.Login == c.Viewer.Login) throw new ForbiddenException("Nobody deactivates or reactivates their own account.");
            AccountAuthority.EnsureMayManage(c.Viewer, await ActorLeadsAsync(c, cancellationToken), AccountScope.Of(account));
            if (account.IsActive == active) throw new InvalidTransitionException($"The account '{login}' is {(active ? "active" : "deactivated")} already.");
            if (!active && account.Role == Role.Admin) await EnsureAnotherAdminAsync(c, account.Login, cancellationToken);
            account.IsActive = active;
            c.Audit(active ? "account.reactivated" : "account.deactivated", nameof(UserAccount), login,
                new { IsActive = !active }, new { account.IsActive, Reason = reason?.Trim() });
            return Guid.Empty;
        }, cancellationToken);

    private static AccountScope ScopeAfter(UserAccount account, UserAccountChanges changes)
    {
        var role = changes.Role ?? account.Role;
        // A scope of the same kind carries over; one of another kind does not.
        var keepsRegion = !role.IsOrganisationScoped() && role != Role.Admin && !account.Role.IsOrganisationScoped() && account.Role != Role.Admin;
        var keepsOrganisation = role.IsOrganisationScoped() && account.Role.IsOrganisationScoped();
        return new AccountScope(role,
            Blank(changes.RegionCode) ?? (keepsRegion ? account.RegionCode : null),
            changes.OrganisationId ?? (keepsOrganisation ? account.OrganisationId : null));
    }

    private static async Task<UserAccount> LockAsync(CommandContext c, string login, CancellationToken cancellationToken) =>
        await c.Db.UserAccounts.FromSql($"SELECT * FROM user_accounts WHERE login = {login} FOR UPDATE").SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("Account", login);

    private static async Task<bool> ActorLeadsAsync(CommandContext c, CancellationToken cancellationToken) =>
        c.Viewer.Role.IsOrganisationScoped()
        && await c.Db.UserAccounts.AnyAsync(u => u.Login == c.Viewer.Login && u.IsActive && u.LeadsOrganisation, cancellationToken);

    /// <summary>The platform keeps at least one active admin: the last cannot be demoted or deactivated.</summary>
    private static async Task EnsureAnotherAdminAsync(CommandContext c, string login, CancellationToken cancellationToken)
    {
        // Admin changes are taken one at a time, so that two admins demoting each other cannot leave none.
        await c.Db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended('accounts:admins', 0))", cancellationToken);
        if (!await c.Db.UserAccounts.AnyAsync(u => u.Role == Role.Admin && u.IsActive && u.Login != login, cancellationToken))
        {
            throw new InvalidTransitionException("This is the last active admin; make another admin first.");
        }
    }

    private static async Task EnsureEmailFreeAsync(CommandContext c, string? email, string login, CancellationToken cancellationToken)
    {
        if (email is not null && await c.Db.UserAccounts.AnyAsync(u => u.Email == email && u.Login != login, cancellationToken))
        {
            throw new ConflictException($"Another account has the e-mail address {email}.");
        }
    }

    private static string DisplayName(string? name) => Validation.Required(name, "displayName", "Give the name the account is shown with.", maxLength: 100);

    private static bool Leads(Role role, bool leads) => leads && role.IsOrganisationScoped();

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static object Snapshot(UserAccount a) => new { a.DisplayName, a.Email, Role = a.Role.ClaimValue(), a.RegionCode, a.OrganisationId, a.LeadsOrganisation, a.IsActive };
}
