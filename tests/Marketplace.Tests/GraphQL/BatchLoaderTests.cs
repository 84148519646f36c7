using Marketplace.Api.GraphQL.BatchLoading;

namespace Marketplace.Tests.GraphQL;

/// <summary>The batch loader on its own: no database is needed to check how it batches and fails.</summary>
public sealed class BatchLoaderTests
{
    [Fact]
    public async Task Keys_asked_for_before_the_first_await_go_in_one_fetch_and_each_key_once()
    {
        var fetches = new List<int[]>();
        var loader = new BatchLoader<int, string?>((keys, _) =>
        {
            fetches.Add([.. keys]);
            return Task.FromResult<IReadOnlyDictionary<int, string?>>(keys.Where(k => k != 3).ToDictionary(k => k, k => (string?)$"v{k}"));
        }, missing: null);

        var results = new[] { loader.Load(1), loader.Load(2), loader.Load(1), loader.Load(3) };
        var values = new List<string?>();
        foreach (var result in results) values.Add(await result.GetResultAsync());

        Assert.Equal(["v1", "v2", "v1", null], values);
        Assert.Equal([1, 2, 3], Assert.Single(fetches).Order());
    }

    [Fact]
    public async Task A_failed_fetch_fails_its_keys_once_and_a_later_load_asks_again()
    {
        var calls = 0;
        var loader = new BatchLoader<int, int>((keys, _) =>
            ++calls == 1 ? throw new InvalidOperationException("database down") : Task.FromResult<IReadOnlyDictionary<int, int>>(keys.ToDictionary(k => k, k => k * 10)),
            missing: -1);

        var first = loader.Load(7);
        await Assert.ThrowsAsync<InvalidOperationException>(() => first.GetResultAsync());
        var again = await loader.Load(7).GetResultAsync().WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(70, again);
        Assert.Equal(2, calls);
    }

    [Fact]
    public async Task A_key_queued_while_a_batch_is_in_flight_goes_in_the_next_batch_not_the_failing_one()
    {
        var release = new TaskCompletionSource();
        var batches = new List<int[]>();
        var loader = new BatchLoader<int, int>(async (keys, _) =>
        {
            batches.Add([.. keys]);
            if (batches.Count == 1)
            {
                await release.Task;
                throw new InvalidOperationException("first batch fails");
            }
            return keys.ToDictionary(k => k, k => k);
        }, missing: -1);

        var inFlight = loader.Load(1).GetResultAsync();
        var late = loader.Load(2);
        release.SetResult();

        await Assert.ThrowsAsync<InvalidOperationException>(() => inFlight);
        Assert.Equal(2, await late.GetResultAsync().WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal([[1], [2]], batches);
    }
}
