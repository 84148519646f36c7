using Marketplace.Core.Common.Paging;
using Marketplace.Core.Households;

namespace Marketplace.Core.Cohorts;

/// <summary>
/// Cohort search (households(filter)): one SQL statement per page, the most at risk first, keyset-paged
/// on (risk level, id). Labels are matched with array overlap (see <see cref="HouseholdCriteria.Apply"/>
/// for the two ways, by the search's breadth); the member parts are one EXISTS on the members of each
/// candidate household.
/// </summary>
public sealed class HouseholdSearch(IDbContextFactory<MarketplaceDbContext> dbFactory, RegionDirectory regions, TimeProvider clock)
{
    private const string Ordering = "HouseholdRisk";

    public async Task<Page<Household>> SearchAsync(Viewer viewer, HouseholdFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        var plan = await PlanAsync(viewer, filter, page, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await plan.PageQuery(db).ToListAsync(cancellationToken);
        return Page.Of(rows, page, h => Cursor.Encode(Ordering, (short)h.RiskLevel, h.Id), KeyedReads.Counting(dbFactory, plan.Filter));
    }

    /// <summary>The page's query before it runs (one row more than asked, to tell whether a next page exists): the tests read its plan.</summary>
    internal async Task<SearchPlan> PlanAsync(Viewer viewer, HouseholdFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        var regionCode = CohortAccess.RegionFor(viewer, filter.RegionCode);
        var region = regionCode is null ? null : await regions.GetAsync(regionCode, cancellationToken);
        var criteria = await HouseholdCriteria.ValidatedAsync(filter, ReportingCalendar.Today(clock), dbFactory, cancellationToken);
        var keys = page.After is null ? null : Cursor.Decode(page.After, Ordering, 2);
        (RiskLevel Risk, Guid Id)? after = keys is null ? null : (Cursor.ParseEnum<RiskLevel>(keys[0]), Cursor.ParseGuid(keys[1]));
        var size = page.First;

        IQueryable<Household> Filtered(MarketplaceDbContext db)
        {
            var households = criteria.Apply(db, db.Households.AsNoTracking(), narrow: region is { Level: not RegionLevel.District });
            return region is null ? households : households.InRegion(h => h.CommunityCode, region.Code);
        }

        return new SearchPlan(Filtered, db =>
        {
            var households = Filtered(db);
            if (after is { } last)
            {
                households = households.Where(h => EF.Functions.LessThan(ValueTuple.Create(h.RiskLevel, h.Id), ValueTuple.Create(last.Risk, last.Id)));
            }
            return households.OrderByDescending(h => h.RiskLevel).ThenByDescending(h => h.Id).Take(size + 1);
        });
    }

    internal sealed record SearchPlan(Func<MarketplaceDbContext, IQueryable<Household>> Filter, Func<MarketplaceDbContext, IQueryable<Household>> PageQuery);
}
