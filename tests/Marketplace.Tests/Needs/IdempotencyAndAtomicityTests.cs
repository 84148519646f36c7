using Marketplace.Core.Matching;
using Marketplace.Core.Needs;
using Marketplace.Core.Resources;
using Marketplace.DemoData;
using Marketplace.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Tests.Needs;

public sealed class IdempotencyAndAtomicityTests(CaseworkFixture api) : IClassFixture<CaseworkFixture>
{
    [Fact]
    public async Task A_repeated_idempotency_key_returns_the_first_result_and_changes_nothing()
    {
        var worker = await api.ClientForAsync(DemoIds.WorkerXianqiao);
        var need = await api.ReportNeedAsync();
        const string Claim = "mutation($id: ID!, $key: String) { claimNeed(needId: $id, idempotencyKey: $key) { status claimedBy } }";

        var first = await worker.DataAsync(Claim, new { id = need, key = "claim-from-phone-1" });
        var retries = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => worker.PostAsync(Claim, new { id = need, key = "claim-from-phone-1" })));

        Assert.All(retries, r => Assert.Null(r.Errors));
        Assert.All(retries, r => Assert.Equal(first.ToJsonString(), r.Data!.ToJsonString()));
        Assert.Single((await api.NeedAsync(need))["timeline"]!.AsArray(), e => e!["kind"]!.GetValue<string>() == "CLAIMED");
    }

    [Fact]
    public async Task A_report_sent_twice_at_once_with_one_key_makes_one_need()
    {
        var staff = await api.ClientForAsync(DemoIds.GridXianqiao);
        var summary = $"重复提交测试 {Guid.NewGuid():N}";
        var input = new { householdId = api.XianqiaoHousehold, categoryCode = "HOUSEKEEPING", publicSummary = summary };

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => staff.PostAsync(
            "mutation($input: ReportNeedInput!, $key: String) { reportNeed(input: $input, idempotencyKey: $key) { id } }", new { input, key = "report-7f3a" })));

        Assert.All(responses, r => Assert.Null(r.Errors));
        Assert.Single(responses.Select(r => r.Data!["reportNeed"]!["id"]!.GetValue<string>()).Distinct());
        await using var db = await api.Contexts.CreateDbContextAsync();
        Assert.Equal(1, await db.Needs.CountAsync(n => n.PublicSummary == summary));
    }

    [Fact]
    public async Task A_key_reused_for_another_mutation_is_refused()
    {
        var worker = await api.ClientForAsync(DemoIds.WorkerXianqiao);
        var need = await api.ReportNeedAsync();
        await worker.DataAsync("mutation($id: ID!) { addNeedNote(needId: $id, note: \"电话联系\", idempotencyKey: \"k-1\") { status } }", new { id = need });

        var reused = await worker.PostAsync("mutation($id: ID!) { claimNeed(needId: $id, idempotencyKey: \"k-1\") { status } }", new { id = need });

        Assert.Equal("IDEMPOTENCY_KEY_REUSED", reused.FirstErrorCode);
        Assert.Equal("REPORTED", (await api.NeedAsync(need))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_key_reused_with_other_arguments_is_refused_never_answered_with_the_first_result()
    {
        var worker = await api.ClientForAsync(DemoIds.WorkerXianqiao);
        var first = await api.ReportNeedAsync();
        var second = await api.ReportNeedAsync();
        const string Claim = "mutation($id: ID!) { claimNeed(needId: $id, idempotencyKey: \"claim-k\") { id status } }";

        var claimed = await worker.DataAsync(Claim, new { id = first });
        var reused = await worker.PostAsync(Claim, new { id = second });
        var repeated = await worker.DataAsync(Claim, new { id = first });

        Assert.Equal("IDEMPOTENCY_KEY_REUSED", reused.FirstErrorCode);
        Assert.Contains("other arguments", reused.Errors![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("REPORTED", (await api.NeedAsync(second))["status"]!.GetValue<string>());
        Assert.Equal(claimed.ToJsonString(), repeated.ToJsonString());
    }

    [Fact]
    public async Task A_key_past_its_retention_is_free_again()
    {
        var worker = await api.ClientForAsync(DemoIds.WorkerXianqiao);
        var first = await api.ReportNeedAsync();
        var second = await api.ReportNeedAsync();
        const string Claim = "mutation($id: ID!) { claimNeed(needId: $id, idempotencyKey: \"old-key\") { id status } }";
        await worker.DataAsync(Claim, new { id = first });
        await using (var db = await api.Contexts.CreateDbContextAsync())
        {
            await db.Database.ExecuteSqlAsync($"UPDATE idempotency_records SET created_at = created_at - interval '25 hours' WHERE key = 'old-key'");
        }

        var again = await worker.DataAsync(Claim, new { id = second });

        Assert.Equal(second, again["claimNeed"]!["id"]!.GetValue<string>());
        Assert.Equal("CLAIMED", again["claimNeed"]!["status"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("mutation($need: ID!, $resource: ID!) { proposeMatch(input: { needId: $need, resourceId: $resource, quantity: 3 }) { id } }", "CAPACITY_EXCEEDED")]
    [InlineData("mutation($need: ID!, $resource: ID!) { proposeMatch(input: { needId: $need, resourceId: $resource, quantity: 0 }) { id } }", "VALIDATION")]
    [InlineData("mutation($need: ID!) { clearNeed(needId: $need, note: \"  \") { id } }", "VALIDATION")]
    [InlineData("mutation($need: ID!) { reopenNeed(needId: $need, reason: \"再看看\") { id } }", "INVALID_TRANSITION")]
    [InlineData("mutation($need: ID!) { reassignClaim(needId: $need, toLogin: \"worker.jingan\") { id } }", "FORBIDDEN")]
    public async Task A_refused_mutation_leaves_no_row_changed(string mutation, string code)
    {
        var worker = await api.ClientForAsync(DemoIds.WorkerXianqiao);
        var need = await api.ReportNeedAsync();
        await worker.DataAsync("mutation($id: ID!) { claimNeed(needId: $id) { status } }", new { id = need });
        var resource = await api.PostResourceAsync(quantity: 2);
        var before = await SnapshotAsync();

        var response = await worker.PostAsync(mutation, new { need, resource });

        Assert.Equal(code, response.FirstErrorCode);
        Assert.Equal(before, await SnapshotAsync());
    }

    /// <summary>Row counts and versions of everything a mutation may touch.</summary>
    private async Task<string> SnapshotAsync()
    {
        await using var db = await api.Contexts.CreateDbContextAsync();
        var needs = await db.Needs.OrderBy(n => n.Id).Select(n => n.Version).ToListAsync();
        var resources = await db.Resources.OrderBy(r => r.Id).Select(r => r.Version).ToListAsync();
        return string.Join(",", await db.NeedEvents.CountAsync(), await db.Matches.CountAsync(), string.Join(".", needs), string.Join(".", resources));
    }
}
