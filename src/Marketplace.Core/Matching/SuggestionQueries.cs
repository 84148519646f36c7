using System.Runtime.CompilerServices;
using Marketplace.Core.Data;
using Marketplace.Core.Households;
using Marketplace.Core.Needs;
using Marketplace.Core.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Marketplace.Core.Matching;

/// <summary>
/// Suggestion statements compiled once. Suggestions are the API's busiest read; built anew on every
/// call, the need's statement made EF Core compile a lambda for the projects' subquery while
/// extracting its parameters, then look the query up in its cache: an eighth of the API's CPU per
/// suggestMatches under make bench's load (perf). The nearest-resources statement stays a FromSql
/// query, which EF Core cannot compile (dotnet/efcore#34374).
/// </summary>
internal static class SuggestionQueries
{
    /// <summary>A need with what ranking needs beside it, read in one statement.</summary>
    public sealed record NeedInContext(Need Need, RiskLevel RiskLevel, List<CharityProject> Projects);

    /// <summary>
    /// The need, its household's risk, and the open projects that target the need's community, the
    /// region above it or the one above that, as RegionCode.SelfAndAncestors says (compared as
    /// stored, so that the index on target regions applies). Whether they serve the need's
    /// category is checked by the caller against the cached taxonomy: a region has few projects.
    /// </summary>
    public static Task<NeedInContext?> NeedInContextAsync(MarketplaceDbContext db, Guid needId, DateOnly today, CancellationToken cancellationToken) =>
        NeedInContextByModel.GetValue(db.Model, _ => CompileNeedInContext())(db, needId, today, cancellationToken);

    // A compiled query serves only the model it first ran with, and a process may hold more than
    // one (the test suite's hosts and fixtures each build their own): one compilation per model.
    private static readonly ConditionalWeakTable<IModel, Func<MarketplaceDbContext, Guid, DateOnly, CancellationToken, Task<NeedInContext?>>> NeedInContextByModel = [];

    private static Func<MarketplaceDbContext, Guid, DateOnly, CancellationToken, Task<NeedInContext?>> CompileNeedInContext() =>
        EF.CompileAsyncQuery((MarketplaceDbContext db, Guid needId, DateOnly today, CancellationToken _) => (
            from n in db.Needs.AsNoTracking()
            where n.Id == needId
            from above in db.Regions.Where(r => r.Code == n.Region!.ParentCode).DefaultIfEmpty()
            select new NeedInContext(
                n,
                n.Household!.RiskLevel,
                db.CharityProjects
                    .Where(p => p.Status == CharityProjectStatus.Active && p.RemainingCapacity > 0 && (p.EndsOn == null || p.EndsOn >= today))
                    .Where(p => p.TargetRegions.Any(t => t.RegionCode == n.RegionCode || t.RegionCode == above!.Code || t.RegionCode == above!.ParentCode))
                    .ToList()))
            .SingleOrDefault());
}
