using Marketplace.Core.Categories;
using Marketplace.Core.Common.Paging;

namespace Marketplace.Core.Needs;

/// <summary>
/// The needs list: filtered, ordered and keyset-paged in SQL. Distances are geodesic
/// (geography) and the radius filter is an ST_DWithin that the GiST index on needs serves.
/// </summary>
public sealed class NeedSearch(IDbContextFactory<MarketplaceDbContext> dbFactory, RegionDirectory regions, CategoryTaxonomy taxonomy)
{
    public async Task<Page<NeedHit>> SearchAsync(NeedFilter filter, NeedOrder? order, PageRequest page, CancellationToken cancellationToken)
    {
        var plan = await PlanAsync(filter, order, page, cancellationToken);

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await plan.PageQuery(db).ToListAsync(cancellationToken);
        return Page.Of(rows, page, hit => plan.Ordering.CursorOf(hit.Need, hit.DistanceMeters), KeyedReads.Counting(dbFactory, counting => plan.Filter(counting.Needs)));
    }

    /// <summary>
    /// The query for one page (one row more than asked, to tell whether there is a next page),
    /// before it runs: the tests read its plan with EXPLAIN.
    /// </summary>
    internal async Task<SearchPlan> PlanAsync(NeedFilter filter, NeedOrder? order, PageRequest page, CancellationToken cancellationToken)
    {
        var ordering = order ?? (filter.Near is null ? NeedOrder.Newest : NeedOrder.Nearest);
        if (ordering == NeedOrder.Nearest && filter.Near is null)
        {
            throw new ValidationException("Ordering by distance needs a location: give 'filter.near'.", "orderBy");
        }
        var filtered = await ApplyFilterAsync(filter, cancellationToken);
        var pageSize = page.First;
        var needOrdering = new NeedOrdering(ordering, filter.Near?.Centre, filter.ApproximateLocation, page.After);
        var centre = filter.Near?.Centre;

        return new SearchPlan(filtered, needOrdering, db =>
        {
            var rows = needOrdering.Apply(filtered(db.Needs.AsNoTracking())).Take(pageSize + 1);
            return centre is null ? rows.Select(n => new NeedHit(n, null))
                : filter.ApproximateLocation ? rows.Select(n => new NeedHit(n, n.Region!.Centroid.Distance(centre)))
                : rows.Select(n => new NeedHit(n, n.Location.Distance(centre)));
        });
    }

    internal sealed record SearchPlan(
        Func<IQueryable<Need>, IQueryable<Need>> Filter,
        NeedOrdering Ordering,
        Func<MarketplaceDbContext, IQueryable<NeedHit>> PageQuery);

    private async Task<Func<IQueryable<Need>, IQueryable<Need>>> ApplyFilterAsync(NeedFilter filter, CancellationToken cancellationToken)
    {
        var categories = filter.CategoryCodes is { Count: > 0 }
            ? await taxonomy.WithDescendantsAsync(filter.CategoryCodes, cancellationToken)
            : null;
        var region = filter.RegionCode is null ? null : await regions.GetAsync(filter.RegionCode, cancellationToken);
        var statuses = filter.Statuses is { Count: > 0 } ? filter.Statuses : null;
        var urgencies = filter.Urgencies is { Count: > 0 } ? filter.Urgencies : null;
        var near = filter.Near;

        return needs =>
        {
            if (statuses is not null) needs = needs.Where(n => statuses.Contains(n.Status));
            if (categories is not null) needs = needs.Where(n => categories.Contains(n.CategoryCode));
            if (urgencies is not null) needs = needs.Where(n => urgencies.Contains(n.Urgency));
            if (region is not null) needs = needs.InRegion(n => n.RegionCode, region.Code);
            if (filter.DueBefore is { } dueBefore) needs = needs.Where(n => n.DueDate < dueBefore);
            if (filter.HeldBy is { } holder) needs = needs.Where(n => n.ClaimedBy == holder);
            if (near is not null && filter.ApproximateLocation)
            {
                needs = needs.Where(n => n.Region!.Centroid.IsWithinDistance(near.Centre, near.RadiusMeters));
            }
            else if (near is not null)
            {
                needs = needs.Where(n => n.Location.IsWithinDistance(near.Centre, near.RadiusMeters));
            }
            return needs;
        };
    }
}
