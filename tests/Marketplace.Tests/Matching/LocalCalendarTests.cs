using Marketplace.Core.Categories;
using Marketplace.Core.Identity;
using Marketplace.Core.Matching;
using Marketplace.Core.Needs;
using Marketplace.Core.Resources;
using Marketplace.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Tests.Matching;

/// <summary>"Today" is the day in China, where the households are: before 08:00 there, the UTC date is still yesterday.</summary>
public sealed class LocalCalendarTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    // 23:30 UTC on 1 March is 07:30 on 2 March in Hefei.
    private static readonly DateTimeOffset EarlyMorningInChina = new(2026, 3, 1, 23, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_resource_available_until_yesterday_in_China_is_no_longer_suggested()
    {
        var clock = new FixedClock(EarlyMorningInChina);
        var suggester = new MatchSuggester(fixture.Contexts, new CategoryTaxonomy(fixture.Contexts, clock), clock);
        var admin = new Viewer("admin", Role.Admin, null, null);
        var (needId, resourceId) = await NeedWithASuggestedResourceAsync(suggester, admin);

        await SetAvailableUntilAsync(resourceId, new DateOnly(2026, 3, 1));
        var suggested = await suggester.ForNeedAsync(admin, needId, 10, null, CancellationToken.None);
        Assert.DoesNotContain(suggested, s => s.Resource?.Id == resourceId);

        await SetAvailableUntilAsync(resourceId, new DateOnly(2026, 3, 2));
        suggested = await suggester.ForNeedAsync(admin, needId, 10, null, CancellationToken.None);
        Assert.Contains(suggested, s => s.Resource?.Id == resourceId);
    }

    private async Task<(Guid NeedId, Guid ResourceId)> NeedWithASuggestedResourceAsync(MatchSuggester suggester, Viewer admin)
    {
        await using var db = await fixture.Contexts.CreateDbContextAsync();
        var open = await db.Needs.Where(n => n.Status == NeedStatus.Reported || n.Status == NeedStatus.Verified)
            .OrderBy(n => n.Id).Select(n => n.Id).Take(100).ToListAsync();
        foreach (var needId in open)
        {
            var suggestion = (await suggester.ForNeedAsync(admin, needId, 10, null, CancellationToken.None)).FirstOrDefault(s => s.Resource is not null);
            if (suggestion is not null) return (needId, suggestion.Resource!.Id);
        }
        throw new InvalidOperationException("The demo data has no open need with a resource within reach.");
    }

    private async Task SetAvailableUntilAsync(Guid resourceId, DateOnly lastDay)
    {
        await using var db = await fixture.Contexts.CreateDbContextAsync();
        await db.Resources.Where(r => r.Id == resourceId).ExecuteUpdateAsync(r => r.SetProperty(x => x.AvailableUntil, lastDay));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
