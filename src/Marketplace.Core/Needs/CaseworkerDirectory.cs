using Marketplace.Core.Accounts;

namespace Marketplace.Core.Needs;

/// <summary>A social worker who could hold a need, with how many open needs they hold already.</summary>
public sealed record Caseworker(string Login, string DisplayName, string RegionCode, int OpenNeedsHeld);

/// <summary>
/// Who could take a need on: the active social workers whose area covers it, the least busy
/// first. An officer reassigning a claim picks from them.
/// </summary>
public sealed class CaseworkerDirectory(IDbContextFactory<MarketplaceDbContext> dbFactory)
{
    /// <summary>Whether the account may hold a need of this region: an active social worker whose area covers it.</summary>
    public static bool MayHold(UserAccount account, string regionCode) =>
        account.IsActive && account.Role == Role.SocialWorker && account.AsViewer().Covers(regionCode);

    public async Task<IReadOnlyList<Caseworker>> ForNeedAsync(Viewer viewer, Guid needId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var regionCode = await db.Needs.Where(n => n.Id == needId).Select(n => n.RegionCode).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Need", needId.ToString());
        Permissions.EnsureOfficerOf(viewer, regionCode);

        // Social workers' areas lie within a district: those of the need's district, then the
        // ones whose area holds the need's community.
        var district = RegionCode.SignificantPrefix(regionCode, RegionLevel.District);
        var workers = (await db.UserAccounts.AsNoTracking()
                .Where(u => u.Role == Role.SocialWorker && u.IsActive && u.RegionCode != null && u.RegionCode.StartsWith(district))
                .ToListAsync(cancellationToken))
            .Where(u => MayHold(u, regionCode))
            .ToList();
        var logins = workers.Select(w => w.Login).ToList();
        var held = await db.Needs
            .Where(n => n.ClaimedBy != null && logins.Contains(n.ClaimedBy) && NeedStatuses.Open.Contains(n.Status))
            .GroupBy(n => n.ClaimedBy!)
            .Select(g => new { Login = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Login, g => g.Count, cancellationToken);
        return [.. workers
            .Select(w => new Caseworker(w.Login, w.DisplayName, w.RegionCode!, held.GetValueOrDefault(w.Login)))
            .OrderBy(c => c.OpenNeedsHeld).ThenBy(c => c.Login, StringComparer.Ordinal)];
    }
}
