namespace Marketplace.Core.Audit;

/// <summary>What to read of the audit log: all of it, or one actor's, one action's, one record's, within a period.</summary>
public sealed record AuditFilter(string? Actor = null, string? Action = null, string? SubjectType = null, string? SubjectId = null, DateTimeOffset? From = null, DateTimeOffset? To = null);

/// <summary>The log of administrative acts, for admins, newest first.</summary>
public sealed class AuditLog(IDbContextFactory<MarketplaceDbContext> dbFactory)
{
    public const int MaxPageSize = 200;

    public async Task<IReadOnlyList<AuditEntry>> ReadAsync(Viewer viewer, AuditFilter filter, int first, CancellationToken cancellationToken)
    {
        if (!viewer.IsAdmin) throw new ForbiddenException("The log of administrative acts is for admins.");
        if (first is < 1 or > MaxPageSize) throw new ValidationException($"'first' must be between 1 and {MaxPageSize}; got {first}.", "first");
        if (filter.From > filter.To) throw new ValidationException("'from' comes after 'to'.", "to");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var entries = db.AuditEntries.AsNoTracking();
        if (filter.Actor is { } actor) entries = entries.Where(e => e.Actor == actor);
        if (filter.Action is { } action) entries = entries.Where(e => e.Action == action);
        if (filter.SubjectType is { } type) entries = entries.Where(e => e.SubjectType == type);
        if (filter.SubjectId is { } id) entries = entries.Where(e => e.SubjectId == id);
        if (filter.From is { } from) entries = entries.Where(e => e.At >= from);
        if (filter.To is { } to) entries = entries.Where(e => e.At <= to);
        return await entries.OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Take(first).ToListAsync(cancellationToken);
    }
}
