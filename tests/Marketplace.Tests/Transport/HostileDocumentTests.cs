using System.Text.Json.Nodes;
using Marketplace.Api.GraphQL.Transport;
using Marketplace.DemoData;
using Marketplace.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Tests.Transport;

/// <summary>
/// Both transports run documents through one executor: a document is refused over WebSocket
/// exactly as over HTTP, with the same code and message, within the same limits.
/// </summary>
public sealed class HostileDocumentTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    public static readonly TheoryData<string, string, string> Refusals = Cases();

    private static TheoryData<string, string, string> Cases()
    {
        // Past MaxQueryDepth (12), not past the parser's limit.
        var deep = "{ regions { " + string.Concat(Enumerable.Repeat("children { ", 14)) + "code" + new string('}', 15) + " }";
        // Shallow, but its lists multiply past MaxQueryComplexity.
        const string Complex = "{ regions { children { children { children { code name } } } } }";
        // Past the parser's depth limit (MaxParserDepth, 64): refused before any validation.
        var tooDeepToParse = "{ " + string.Concat(Enumerable.Repeat("regions { ", 80)) + "code" + new string('}', 81);
        var data = new TheoryData<string, string, string>();
        foreach (var transport in BothTransports.All)
        {
            data.Add(transport, deep, "QUERY_TOO_COMPLEX");
            data.Add(transport, Complex, "QUERY_TOO_COMPLEX");
            data.Add(transport, tooDeepToParse, "GRAPHQL_PARSE_FAILED");
            data.Add(transport, "{ regions { ", "GRAPHQL_PARSE_FAILED");
            data.Add(transport, "{ regions { noSuchField } }", "GRAPHQL_VALIDATION_FAILED");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_hostile_document_is_refused_with_the_same_code_over_either_transport(string transport, string query, string code)
    {
        var (refusedWith, message) = await BothTransports.RefusalAsync(api, transport, query);

        Assert.Equal(code, refusedWith);
        var (_, overHttp) = await BothTransports.RefusalAsync(api, BothTransports.Http, query);
        Assert.Equal(overHttp, message);
    }

    [Fact]
    public async Task A_document_run_over_WebSocket_is_kept_as_validated_like_one_over_HTTP()
    {
        var query = $$"""{ personalDataReads(regionCode: "{{DemoIds.XianqiaoCommunity}}") { reader } } # {{Guid.NewGuid():N}}""";
        await using var socket = await api.ConnectAsync();
        await socket.InitialiseAsync(await api.TokenForAsync(DemoIds.Admin));

        await socket.SubscribeAsync("kept", query);
        var next = await socket.ReceiveAsync();

        Assert.Equal("next", next?["type"]?.GetValue<string>());
        Assert.Equal("complete", (await socket.ReceiveAsync())?["type"]?.GetValue<string>());
        Assert.NotNull(api.Services.GetRequiredService<ValidatedDocuments>().Find(query));

        // Kept, it is still checked for the caller: anonymous connections are refused as over HTTP.
        await using var anonymous = await api.ConnectAsync();
        await anonymous.InitialiseAsync(token: null);
        await anonymous.SubscribeAsync("anonymous", query);
        var refused = await anonymous.ReceiveAsync();
        Assert.Equal("error", refused?["type"]?.GetValue<string>());
        Assert.Equal("UNAUTHENTICATED", (refused?["payload"] as JsonArray)?[0]?["extensions"]?["code"]?.GetValue<string>());
    }
}
