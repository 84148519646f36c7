using Marketplace.Core.Categories;
using Marketplace.Core.Common.Paging;

namespace Marketplace.Core.Resources;

/// <summary>Resources, newest first, or nearest first when the filter has a location; keyset-paged.</summary>
public sealed class ResourceSearch(IDbContextFactory<MarketplaceDbContext> dbFactory, CategoryTaxonomy taxonomy)
{
    private const string NewestTag = "ResourceNewest";
    private const string NearestTag = "ResourceNearest";

    public async Task<Page<ResourceHit>> SearchAsync(ResourceFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        var categories = filter.CategoryCodes is { Count: > 0 }
            ? await taxonomy.WithDescendantsAsync(filter.CategoryCodes, cancellationToken)
            : null;
        IQueryable<Resource> Filtered(IQueryable<Resource> resources)
        {
            if (filter.OrganisationId is { } organisation) resources = resources.Where(r => r.OrganisationId == organisation);
            if (categories is not null) resources = resources.Where(r => categories.Contains(r.CategoryCode));
            if (filter.Kinds is { Count: > 0 } kinds) resources = resources.Where(r => kinds.Contains(r.Kind));
            if (filter.Statuses is { Count: > 0 } statuses) resources = resources.Where(r => statuses.Contains(r.Status));
            if (filter.Near is { } near) resources = resources.Where(r => r.Location.IsWithinDistance(near.Centre, near.RadiusMeters));
            return resources;
        }

        // Nearest-first cursors are bound to their centre: one tag for decoding and every cursor handed out.
        var nearestTag = filter.Near is { } around ? Cursor.NearestTag(NearestTag, around.Centre) : null;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = Filtered(db.Resources.AsNoTracking());
        if (filter.Near is { } circle)
        {
            var centre = circle.Centre;
            if (page.After is not null)
            {
                var keys = Cursor.Decode(page.After, nearestTag!, 2);
                var (distance, id) = (Cursor.ParseDouble(keys[0]), Cursor.ParseGuid(keys[1]));
                query = query.Where(r => EF.Functions.GreaterThan(ValueTuple.Create(r.Location.Distance(centre), r.Id), ValueTuple.Create(distance, id)));
            }
            query = query.OrderBy(r => r.Location.Distance(centre)).ThenBy(r => r.Id);
        }
        else
        {
            if (page.After is not null)
            {
                var keys = Cursor.Decode(page.After, NewestTag, 2);
                var (postedAt, id) = (Cursor.ParseTimestamp(keys[0]), Cursor.ParseGuid(keys[1]));
                query = query.Where(r => EF.Functions.LessThan(ValueTuple.Create(r.PostedAt, r.Id), ValueTuple.Create(postedAt, id)));
            }
            query = query.OrderByDescending(r => r.PostedAt).ThenByDescending(r => r.Id);
        }

        var rows = await query.Take(page.First + 1)
            .Select(r => new ResourceHit(r, filter.Near == null ? null : r.Location.Distance(filter.Near.Centre)))
            .ToListAsync(cancellationToken);
        return Page.Of(rows, page,
            hit => hit.DistanceMeters is { } d ? Cursor.Encode(nearestTag!, d, hit.Resource.Id) : Cursor.Encode(NewestTag, hit.Resource.PostedAt, hit.Resource.Id),
            KeyedReads.Counting(dbFactory, counting => Filtered(counting.Resources)));
    }
}
