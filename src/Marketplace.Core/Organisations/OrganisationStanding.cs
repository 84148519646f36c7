using Marketplace.Core.Audit;

namespace Marketplace.Core.Organisations;

/// <summary>Announced when an organisation is suspended: what it offers stops being suggested.</summary>
public sealed record OrganisationSuspended(Guid OrganisationId);

/// <summary>Announced when a suspended organisation is verified again: what it offers is suggested again.</summary>
public sealed record OrganisationReinstated(Guid OrganisationId);

/// <summary>
/// Officers of an organisation's sub-district and admins verify it, or suspend it with a reason
/// (its open resources are held; its accepted matches stand and are listed for follow-up), and
/// verify it again to lift a suspension. Every act is audited.
/// </summary>
public sealed class OrganisationStanding(CommandRunner runner)
{
    public Task<Guid> VerifyAsync(Viewer viewer, Guid organisationId, string? idempotencyKey, CancellationToken cancellationToken) =>
        runner.RunAsync(viewer, "verifyOrganisation", idempotencyKey, async c =>
        {
            var organisation = await DecidableAsync(c, organisationId);
            if (organisation.IsVerified && !organisation.IsSuspended) throw new InvalidTransitionException($"'{organisation.Name}' is verified already.");
            var before = Snapshot(organisation);
            var wasSuspended = organisation.IsSuspended;
            (organisation.IsVerified, organisation.SuspendedAt, organisation.SuspensionReason) = (true, null, null);
            if (wasSuspended) await c.AnnounceAsync(new OrganisationReinstated(organisation.Id), cancellationToken);
            c.Audit("organisation.verified", nameof(Organisation), organisation.Id, before, Snapshot(organisation));
            return organisation.Id;
        }, cancellationToken);

    public Task<Guid> SuspendAsync(Viewer viewer, Guid organisationId, string reason, string? idempotencyKey, CancellationToken cancellationToken) =>
        runner.RunAsync(viewer, "suspendOrganisation", idempotencyKey, async c =>
        {
            var organisation = await DecidableAsync(c, organisationId);
            if (organisation.IsSuspended) throw new InvalidTransitionException($"'{organisation.Name}' is suspended already.");
            var because = Validation.Required(reason, "reason", "Say why the organisation is suspended: its staff read it.", maxLength: 1000);
            var before = Snapshot(organisation);
            (organisation.IsVerified, organisation.SuspendedAt, organisation.SuspensionReason) = (false, c.Now, because);
            await c.AnnounceAsync(new OrganisationSuspended(organisation.Id), cancellationToken);
            c.Audit("organisation.suspended", nameof(Organisation), organisation.Id, before, Snapshot(organisation));
            return organisation.Id;
        }, cancellationToken);

    /// <summary>Refuses staff of a suspended organisation what it may not do meanwhile: post, reopen or accept.</summary>
    public static async Task EnsureInGoodStandingAsync(CommandContext c, Guid organisationId, CancellationToken cancellationToken)
    {
        var suspension = await c.Db.Organisations.AsNoTracking().Where(o => o.Id == organisationId && o.SuspendedAt != null)
            .Select(o => o.SuspensionReason).FirstOrDefaultAsync(cancellationToken);
        if (suspension is not null) throw new OrganisationSuspendedException(suspension);
    }

    private static async Task<Organisation> DecidableAsync(CommandContext c, Guid organisationId)
    {
        var organisation = await c.LockAsync<Organisation>(organisationId, "Organisation");
        Permissions.EnsureOfficerOf(c.Viewer, organisation.RegionCode);
        return organisation;
    }

    private static object Snapshot(Organisation o) => new { o.IsVerified, o.SuspendedAt, o.SuspensionReason };
}

/// <summary>The acting organisation is suspended: it may read and withdraw, not offer or accept, until it is verified again.</summary>
public sealed class OrganisationSuspendedException(string reason)
    : MarketplaceException(ErrorCodes.OrganisationSuspended, $"Your organisation is suspended ({reason}); it can offer and accept nothing until the sub-district office verifies it again.");
