using Microsoft.Extensions.DependencyInjection;
using Marketplace.DemoData;
using Marketplace.Core.Needs;
using Marketplace.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Tests.Needs;

public sealed class IdleClaimTests(CaseworkFixture api) : IClassFixture<CaseworkFixture>
{
    [Fact]
    public async Task A_claim_idle_past_the_limit_returns_to_the_pool_and_says_so_in_the_timeline()
    {
        var worker = await api.ClientForAsync(DemoIds.WorkerXianqiao);
        var idle = await api.ReportNeedAsync();
        var active = await api.ReportNeedAsync();
        await worker.DataAsync("mutation($id: ID!) { claimNeed(needId: $id) { status } }", new { id = idle });
        await worker.DataAsync("mutation($id: ID!) { claimNeed(needId: $id) { status } }", new { id = active });
        await using (var db = await api.Contexts.CreateDbContextAsync())
        {
            var idleId = Guid.Parse(idle);
            await db.Needs.Where(n => n.Id == idleId).ExecuteUpdateAsync(set => set.SetProperty(n => n.LastActivityAt, DateTimeOffset.UtcNow.AddDays(-15)));
        }

        var released = await api.Services.GetRequiredService<IdleClaimSweeper>().SweepAsync(TimeSpan.FromDays(14), CancellationToken.None);

        Assert.True(released >= 1);
        var swept = await api.NeedAsync(idle);
        Assert.Equal("REPORTED", swept["status"]!.GetValue<string>());
        Assert.Null(swept["claimedBy"]);
        var last = swept["timeline"]!.AsArray()[^1]!;
        Assert.Equal(("CLAIM_RELEASED", "system", "CLAIMED", "REPORTED"),
            (last["kind"]!.GetValue<string>(), last["actor"]!.GetValue<string>(), last["fromStatus"]!.GetValue<string>(), last["toStatus"]!.GetValue<string>()));
        Assert.Equal("CLAIMED", (await api.NeedAsync(active))["status"]!.GetValue<string>());
    }
}
