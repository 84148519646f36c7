namespace Marketplace.Tests.Transport;

/// <summary>The request timeout holds over WebSocket as over HTTP: the same TIMEOUT refusal.</summary>
public sealed class TransportTimeoutTests(TimeoutTests.Fixture api) : IClassFixture<TimeoutTests.Fixture>
{
    [Theory]
    [MemberData(nameof(BothTransports.Names), MemberType = typeof(BothTransports))]
    public async Task A_request_past_the_timeout_is_refused_with_TIMEOUT_over_either_transport(string transport)
    {
        // Well within the limits, so that validation lets it through, but any read of the
        // database takes longer than the fixture's 1 ms.
        var (code, message) = await BothTransports.RefusalAsync(api, transport, "{ needs(first: 5) { totalCount nodes { id } } }");

        Assert.Equal("TIMEOUT", code);
        Assert.Contains("longer than", message, StringComparison.Ordinal);
    }
}
