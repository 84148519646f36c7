using System.Text;
using System.Text.Json.Nodes;
using Marketplace.Core.Needs;
using Marketplace.DemoData;
using Marketplace.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Tests.Transport;

/// <summary>
/// A NUL character or a lone surrogate in any text argument is the client's error (VALIDATION
/// naming the field), found before anything runs: it used to reach PostgreSQL and come back as an
/// internal error with a stack trace in the log.
/// </summary>
public sealed class UnsafeTextTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Every_mutation_refuses_a_NUL_in_each_of_its_text_arguments_naming_it()
    {
        var schema = await api.Client.DataAsync("""
            { __schema { mutationType { fields { name args { name type { kind name ofType { kind name } } } } } } }
            """);
        var probes = schema["__schema"]!["mutationType"]!["fields"]!.AsArray()
            .SelectMany(f => f!["args"]!.AsArray()
                .Where(a => TypeName(a!["type"]!) == "String" && a["name"]!.GetValue<string>() != "idempotencyKey")
                .Select(a => (Mutation: f["name"]!.GetValue<string>(), Argument: a!["name"]!.GetValue<string>())))
            .ToList();

        var answers = await Task.WhenAll(probes.Select(async p =>
            (p, await api.Client.PostAsync($$"""mutation { {{p.Mutation}}({{p.Argument}}: "a\u0000b") { __typename } }"""))));

        Assert.True(probes.Count >= 20, $"only {probes.Count} text arguments found");
        Assert.All(answers, a =>
        {
            Assert.True(a.Item2.FirstErrorCode == "VALIDATION", $"{a.p.Mutation}({a.p.Argument}): {a.Item2.RawBody}");
            Assert.Equal(a.p.Argument, a.Item2.Errors![0]!["extensions"]!["field"]!.GetValue<string>());
            Assert.Equal(400, a.Item2.Status);
        });
    }

    [Fact]
    public async Task Text_in_variables_and_input_objects_is_checked_too_and_nothing_is_written_and_a_lone_surrogate_escape_is_a_bad_request()
    {
        var staff = await api.ClientForAsync(DemoIds.GridXianqiao);
        var summary = $"NUL test {Guid.NewGuid():N}";
        var input = new { householdId = DemoIds.XianqiaoMotherAndSonHousehold, categoryCode = "GRAIN_AND_OIL", publicSummary = summary + "\0" };

        var withNul = await staff.PostAsync("mutation($input: ReportNeedInput!) { reportNeed(input: $input) { id } }", new { input });
        var loneSurrogate = await SendRawAsync(staff, """{"query":"mutation($n: String!) { addNeedNote(needId: \"00000000-0000-0000-0000-000000000000\", note: $n) { id } }","variables":{"n":"x\ud800y"}}""");
        await using var db = await api.Contexts.CreateDbContextAsync();
        var written = await db.Needs.CountAsync(n => n.PublicSummary.StartsWith(summary));

        Assert.Equal("VALIDATION", withNul.FirstErrorCode);
        Assert.Equal("publicSummary", withNul.Errors![0]!["extensions"]!["field"]!.GetValue<string>());
        Assert.Equal(400, loneSurrogate.Status);
        Assert.Contains("'variables' holds text that is not valid Unicode", loneSurrogate.Errors![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(0, written);
    }

    private static async Task<GraphQLResponse> SendRawAsync(GraphQLClient client, string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        return await GraphQLResponse.ReadAsync(await client.Http.SendAsync(request));
    }

    private static string? TypeName(JsonNode type) =>
        type["kind"]!.GetValue<string>() == "NON_NULL" ? type["ofType"]!["name"]?.GetValue<string>() : type["name"]?.GetValue<string>();
}
