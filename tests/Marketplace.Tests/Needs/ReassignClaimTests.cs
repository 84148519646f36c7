using Marketplace.DemoData;
using Marketplace.Core.Needs;
using Marketplace.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Tests.Needs;

/// <summary>The officer hands a held need to another social worker of its area, picked from those who could hold it.</summary>
public sealed class ReassignClaimTests(CaseworkFixture api) : IClassFixture<CaseworkFixture>
{
    private const string Caseworkers = "query($id: ID!) { caseworkersForNeed(needId: $id) { login displayName regionCode openNeedsHeld } }";

    [Fact]
    public async Task The_officer_sees_who_could_hold_the_need_least_busy_first_and_hands_it_to_one_of_them()
    {
        var worker = await api.ClientForAsync(DemoIds.WorkerXianqiao);
        var officer = await api.ClientForAsync(DemoIds.OfficerXiaoyaojin);
        var need = await api.ReportNeedAsync();
        await worker.DataAsync("mutation($id: ID!) { claimNeed(needId: $id) { status } }", new { id = need });

        var caseworkers = (await officer.DataAsync(Caseworkers, new { id = need }))["caseworkersForNeed"]!.AsArray();

        var logins = caseworkers.Select(c => c!["login"]!.GetValue<string>()).ToList();
        Assert.Contains(DemoIds.WorkerXianqiao, logins);
        Assert.Contains(DemoIds.Worker2Xianqiao, logins);
        Assert.DoesNotContain(DemoIds.WorkerJingan, logins);
        var held = caseworkers.Select(c => c!["openNeedsHeld"]!.GetValue<int>()).ToList();
        Assert.Equal(held.Order(), held);
        await using (var db = await api.Contexts.CreateDbContextAsync())
        {
            var open = NeedStatuses.Open.ToList();
            var xianqiaoHolds = await db.Needs.CountAsync(n => n.ClaimedBy == DemoIds.WorkerXianqiao && open.Contains(n.Status));
            Assert.True(xianqiaoHolds >= 1);
            Assert.Equal(xianqiaoHolds, held[logins.IndexOf(DemoIds.WorkerXianqiao)]);
        }

        var handed = await officer.DataAsync("mutation($id: ID!, $to: String!) { reassignClaim(needId: $id, toLogin: $to, note: \"换人跟进\") { claimedBy status } }",
            new { id = need, to = DemoIds.Worker2Xianqiao });

        Assert.Equal((DemoIds.Worker2Xianqiao, "CLAIMED"), (handed["reassignClaim"]!["claimedBy"]!.GetValue<string>(), handed["reassignClaim"]!["status"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Only_the_officers_of_the_need_ask_and_an_unknown_need_is_not_found()
    {
        var need = await api.ReportNeedAsync();
        var worker = await api.ClientForAsync(DemoIds.WorkerXianqiao);
        var officer = await api.ClientForAsync(DemoIds.OfficerXiaoyaojin);

        var asWorker = await worker.PostAsync(Caseworkers, new { id = need });
        var unknown = await officer.PostAsync(Caseworkers, new { id = Guid.NewGuid() });

        Assert.Equal("FORBIDDEN", asWorker.FirstErrorCode);
        Assert.Equal("NOT_FOUND", unknown.FirstErrorCode);
    }
}
