using Marketplace.Tests.Infrastructure;

namespace Marketplace.Tests.Needs;

/// <summary>Cursors are only base64 text: a forged one is a VALIDATION error, never a fault or a wrong page.</summary>
public sealed class ForgedCursorTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Theory]
    [InlineData("NEWEST", "TmV3ZXN0fDMxNTUzNzg5NzYwMDAwMDAwMDB8MDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAw")] // ticks past DateTimeOffset.MaxValue
    [InlineData("MOST_URGENT", "TW9zdFVyZ2VudHw0MnwwfDAwMDAwMDAwLTAwMDAtMDAwMC0wMDAwLTAwMDAwMDAwMDAwMA")] // an urgency that does not exist
    public async Task A_forged_cursor_is_a_validation_error(string orderBy, string cursor)
    {
        var response = await api.Client.PostAsync($"query($after: String) {{ needs(after: $after, orderBy: {orderBy}) {{ totalCount }} }}", new { after = cursor });

        Assert.Equal("VALIDATION", response.FirstErrorCode);
    }

    [Theory]
    [InlineData("needs")]
    [InlineData("resources")]
    public async Task A_nearest_cursor_from_another_centre_is_refused(string list)
    {
        var query = $"query($near: NearInput!, $after: String) {{ {list}(filter: {{ near: $near }}, first: 1, after: $after) {{ pageInfo {{ endCursor }} }} }}";
        var first = await api.Client.DataAsync(query, new { near = new { latitude = 31.8655, longitude = 117.288, radiusMeters = 2000 } });
        var cursor = first[list]!["pageInfo"]!["endCursor"]!.GetValue<string>();

        var again = await api.Client.PostAsync(query, new { near = new { latitude = 31.8655, longitude = 117.288, radiusMeters = 2000 }, after = cursor });
        var elsewhere = await api.Client.PostAsync(query, new { near = new { latitude = 31.87, longitude = 117.29, radiusMeters = 2000 }, after = cursor });

        Assert.Null(again.Errors);
        Assert.Equal("VALIDATION", elsewhere.FirstErrorCode);
    }
}
