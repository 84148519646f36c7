using Marketplace.Core.Organisations;

namespace Marketplace.Core.Clearance;

public sealed class DonorImpactQuery(IDbContextFactory<MarketplaceDbContext> dbFactory)
{
    /// <summary>For the organisation's own staff, officers and admins: deliveries in the period (by delivery date).</summary>
    public async Task<DonorImpact> ImpactAsync(Viewer viewer, Guid organisationId, ReportingPeriod period, CancellationToken cancellationToken)
    {
        if (viewer.Role != Role.SubDistrictOfficer) Permissions.EnsureActsFor(viewer, organisationId);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.Organisations.AnyAsync(o => o.Id == organisationId, cancellationToken))
        {
            throw new NotFoundException("Organisation", organisationId.ToString());
        }

        var parameters = new Dictionary<string, object> { ["organisation"] = organisationId };
        if (period.From is not null) parameters["start"] = period.Start;
        if (period.To is not null) parameters["end"] = period.End;
        // One pass: per category, and (the grouping set "()") all categories together, so that a
        // household served in two categories is counted once in the total.
        var rows = await RawSql.QueryAsync(db, $"""
            SELECT n.category_code, count(DISTINCT n.household_id), coalesce(sum(m.quantity), 0),
                   count(DISTINCT n.id) FILTER (WHERE n.status = 'Cleared'), count(m.id)
            FROM matches m
            JOIN needs n ON n.id = m.need_id
            LEFT JOIN resources r ON r.id = m.resource_id
            LEFT JOIN charity_projects p ON p.id = m.charity_project_id
            WHERE coalesce(r.organisation_id, p.organisation_id) = @organisation AND m.status = 'Delivered'
              {(period.From is null ? "" : "AND m.delivered_at >= @start")}
              {(period.To is null ? "" : "AND m.delivered_at < @end")}
            GROUP BY GROUPING SETS ((n.category_code), ())
            ORDER BY 1 NULLS FIRST
            """, parameters, r => (Category: r.NullableString(0), Figures: new DonorImpactFigures(
                (int)r.GetInt64(1), (int)r.GetInt64(2), (int)r.GetInt64(3), (int)r.GetInt64(4))), cancellationToken);
        var total = rows.FirstOrDefault(r => r.Category is null).Figures ?? new DonorImpactFigures(0, 0, 0, 0);
        return new DonorImpact(organisationId, period, total, [.. rows.Where(r => r.Category is not null).Select(r => new DonorImpactCategory(r.Category!, r.Figures))]);
    }
}
