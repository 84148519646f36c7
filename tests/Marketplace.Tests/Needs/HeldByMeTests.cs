using Marketplace.DemoData;
using Marketplace.Core.Needs;
using Marketplace.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Tests.Needs;

/// <summary>A social worker's own caseload: the needs list narrowed to those held under their name.</summary>
public sealed class HeldByMeTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Mine = """
        query { needs(filter: { heldByMe: true }, first: 100) { totalCount edges { node { id claimedBy } } } }
        """;

    [Fact]
    public async Task Each_worker_sees_the_needs_they_hold_and_no_one_elses()
    {
        Guid waiting;
        await using (var db = await api.Contexts.CreateDbContextAsync())
        {
            waiting = await db.Needs.Where(n => n.RegionCode == DemoIds.XianqiaoCommunity && n.Status == NeedStatus.Reported)
                .Select(n => n.Id).FirstAsync();
        }
        var worker = await api.ClientForAsync(DemoIds.WorkerXianqiao);
        var colleague = await api.ClientForAsync(DemoIds.Worker2Xianqiao);
        await worker.DataAsync("mutation($id: ID!) { claimNeed(needId: $id) { status } }", new { id = waiting });

        var mine = (await worker.DataAsync(Mine))["needs"]!;
        var theirs = (await colleague.DataAsync(Mine))["needs"]!;

        var mineIds = mine["edges"]!.AsArray().Select(e => e!["node"]!["id"]!.GetValue<string>()).ToList();
        Assert.Contains(waiting.ToString(), mineIds);
        Assert.All(mine["edges"]!.AsArray(), e => Assert.Equal(DemoIds.WorkerXianqiao, e!["node"]!["claimedBy"]!.GetValue<string>()));
        Assert.Equal(await HeldCountAsync(DemoIds.WorkerXianqiao), mine["totalCount"]!.GetValue<int>());
        Assert.DoesNotContain(waiting.ToString(), theirs["edges"]!.AsArray().Select(e => e!["node"]!["id"]!.GetValue<string>()));
        Assert.Equal(await HeldCountAsync(DemoIds.Worker2Xianqiao), theirs["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_donor_holds_no_needs()
    {
        var donor = await api.ClientForAsync(DemoIds.DonorHefeiTelecom);

        var mine = (await donor.DataAsync("query { needs(filter: { heldByMe: true }) { totalCount } }"))["needs"]!;

        Assert.Equal(0, mine["totalCount"]!.GetValue<int>());
    }

    private async Task<int> HeldCountAsync(string login)
    {
        await using var db = await api.Contexts.CreateDbContextAsync();
        return await db.Needs.CountAsync(n => n.ClaimedBy == login);
    }
}
