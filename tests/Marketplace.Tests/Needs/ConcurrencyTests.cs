using Marketplace.Core.Matching;
using Marketplace.Core.Resources;
using Marketplace.DemoData;
using Marketplace.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Tests.Needs;

/// <summary>Requests sent at the same moment must leave the data right.</summary>
public sealed class ConcurrencyTests(CaseworkFixture api) : IClassFixture<CaseworkFixture>
{
    [Fact]
    public async Task When_many_social_workers_claim_one_need_at_once_exactly_one_wins_and_the_others_get_conflict()
    {
        var workers = await Task.WhenAll(Enumerable.Range(0, CaseworkFixture.ExtraWorkers)
            .Select(i => api.ClientForAsync(CaseworkFixture.ExtraWorker(i))));
        for (var round = 0; round < 3; round++)
        {
            var need = await api.ReportNeedAsync();

            var responses = await Task.WhenAll(workers.Select(w => w.PostAsync("mutation($id: ID!) { claimNeed(needId: $id) { claimedBy } }", new { id = need })));

            var winners = responses.Where(r => r.Errors is null).ToList();
            Assert.Single(winners);
            Assert.All(responses.Except(winners), r => Assert.Equal("CONFLICT", r.FirstErrorCode));
            var stored = await api.NeedAsync(need);
            Assert.Equal(winners[0].Data!["claimNeed"]!["claimedBy"]!.GetValue<string>(), stored["claimedBy"]!.GetValue<string>());
            Assert.Single(stored["timeline"]!.AsArray(), e => e!["kind"]!.GetValue<string>() == "CLAIMED");
        }
    }

    [Fact]
    public async Task Remaining_capacity_never_goes_below_zero_and_always_equals_quantity_minus_active_allocations()
    {
        const int Quantity = 5;
        const int Needs = 12;
        var worker = await api.ClientForAsync(DemoIds.WorkerXianqiao);
        var donor = await api.ClientForAsync(DemoIds.DonorHefeiTelecom);
        var resource = await api.PostResourceAsync(Quantity);
        var matches = new List<string>();
        foreach (var _ in Enumerable.Range(0, Needs))
        {
            var need = await api.ReportNeedAsync();
            await worker.DataAsync("mutation($id: ID!) { claimNeed(needId: $id) { status } }", new { id = need });
            var proposed = await worker.DataAsync("mutation($input: ProposeMatchInput!) { proposeMatch(input: $input) { id } }",
                new { input = new { needId = need, resourceId = resource, quantity = 1 } });
            matches.Add(proposed["proposeMatch"]!["id"]!.GetValue<string>());
        }

        // Every proposal accepted at once: capacity for five.
        var accepts = await Task.WhenAll(matches.Select(m => donor.PostAsync("mutation($id: ID!) { acceptMatch(matchId: $id) { status } }", new { id = m })));
        Assert.Equal(Quantity, accepts.Count(r => r.Errors is null));
        Assert.All(accepts.Where(r => r.Errors is not null), r => Assert.Equal("CAPACITY_EXCEEDED", r.FirstErrorCode));
        await AssertCapacityInvariantAsync(Guid.Parse(resource));

        // Cancellations, new acceptances and the withdrawal, interleaved.
        var accepted = matches.Where((_, i) => accepts[i].Errors is null).ToList();
        var waiting = matches.Except(accepted).ToList();
        var mixed = accepted.Take(3).Select(m => worker.PostAsync("mutation($id: ID!) { cancelMatch(matchId: $id, reason: \"家属已自行解决\") { status } }", new { id = m }))
            .Concat(waiting.Select(m => donor.PostAsync("mutation($id: ID!) { acceptMatch(matchId: $id) { status } }", new { id = m })))
            .Append(donor.PostAsync("mutation($id: ID!) { withdrawResource(resourceId: $id, reason: \"活动结束\") { status } }", new { id = resource }));
        var results = await Task.WhenAll(mixed);

        Assert.All(results, r => Assert.True(r.Errors is null || r.FirstErrorCode is "CAPACITY_EXCEEDED" or "INVALID_TRANSITION" or "CONFLICT", r.RawBody));
        await AssertCapacityInvariantAsync(Guid.Parse(resource));
    }

    private async Task AssertCapacityInvariantAsync(Guid resourceId)
    {
        await using var db = await api.Contexts.CreateDbContextAsync();
        var resource = await db.Resources.AsNoTracking().SingleAsync(r => r.Id == resourceId);
        var active = await db.Matches.Where(m => m.ResourceId == resourceId && (m.Status == MatchStatus.Accepted || m.Status == MatchStatus.Delivered)).SumAsync(m => m.Quantity);
        Assert.InRange(resource.RemainingCapacity, 0, resource.Quantity);
        Assert.Equal(resource.Quantity - active, resource.RemainingCapacity);
    }
}
