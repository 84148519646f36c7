using System.Diagnostics;
using System.Text.Json.Nodes;
using Marketplace.Api.Subscriptions;
using Marketplace.DemoData;
using Marketplace.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Marketplace.Tests.Subscriptions;

/// <summary>Live updates: changes made by others reach subscribers, through the same scope and privacy rules as queries.</summary>
public sealed class SubscriptionTests(CaseworkFixture api) : IClassFixture<CaseworkFixture>
{
    private const string NeedChanged = """
        subscription($region: String!) { needChanged(regionCode: $region) { kind at need { id status claimedBy publicSummary } } }
        """;

    [Fact]
    public async Task A_subscriber_sees_a_claim_made_by_someone_else_within_a_second()
    {
        await using var socket = await SubscribedAsync(DemoIds.OfficerXiaoyaojin, NeedChanged, new { region = DemoIds.XiaoyaojinSubDistrict });
        var need = await api.ReportNeedAsync();
        var reported = await NextEventAsync(socket, e => e["need"]!["id"]!.GetValue<string>() == need);
        Assert.Equal("REPORTED", reported["kind"]!.GetValue<string>());

        var worker = await api.ClientForAsync(DemoIds.Worker2Xianqiao);
        var clock = Stopwatch.StartNew();
        await worker.DataAsync("mutation($id: ID!) { claimNeed(needId: $id) { status } }", new { id = need });
        var claimed = await NextEventAsync(socket, e => e["need"]!["id"]!.GetValue<string>() == need);
        clock.Stop();

        Assert.Equal("CLAIMED", claimed["kind"]!.GetValue<string>());
        Assert.Equal(DemoIds.Worker2Xianqiao, claimed["need"]!["claimedBy"]!.GetValue<string>());
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"The claim took {clock.Elapsed.TotalMilliseconds:0} ms to arrive.");
    }

    [Fact]
    public async Task A_change_made_while_the_feed_had_lost_its_connection_is_announced_once_it_is_back()
    {
        await using var socket = await SubscribedAsync(DemoIds.OfficerXiaoyaojin, NeedChanged, new { region = DemoIds.XiaoyaojinSubDistrict });
        var need = await api.ReportNeedAsync();
        Assert.Equal("REPORTED", (await NextEventAsync(socket, e => e["need"]!["id"]!.GetValue<string>() == need))["kind"]!.GetValue<string>());
        await CutTheListeningConnectionsAsync();

        // Nobody listens now. The feed reconnects after its retry delay (2 s) and reads back what
        // was written meanwhile, without announcing the report again.
        var worker = await api.ClientForAsync(DemoIds.Worker2Xianqiao);
        await worker.DataAsync("mutation($id: ID!) { claimNeed(needId: $id) { status } }", new { id = need });
        Assert.Equal("CLAIMED", (await NextEventAsync(socket, e => e["need"]!["id"]!.GetValue<string>() == need))["kind"]!.GetValue<string>());

        // Listening again: changes arrive as before.
        await worker.DataAsync("mutation($id: ID!) { releaseClaim(needId: $id) { status } }", new { id = need });
        Assert.Equal("CLAIM_RELEASED", (await NextEventAsync(socket, e => e["need"]!["id"]!.GetValue<string>() == need))["kind"]!.GetValue<string>());
    }

    /// <summary>Ends every API instance's listening session on this database, and waits until they are gone.</summary>
    private async Task CutTheListeningConnectionsAsync()
    {
        const string Listeners = $"FROM pg_stat_activity WHERE datname = current_database() AND application_name = '{ChangeFeed.ApplicationName}'";
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var cut = new NpgsqlCommand($"SELECT count(pg_terminate_backend(pid)) {Listeners}", connection);
        Assert.True((long)(await cut.ExecuteScalarAsync())! >= 1, "No API instance was listening.");
        await using var left = new NpgsqlCommand($"SELECT count(*) {Listeners}", connection);
        var waited = Stopwatch.StartNew();
        while ((long)(await left.ExecuteScalarAsync())! > 0)
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(5), "The listening sessions did not end.");
            await Task.Delay(20);
        }
    }

    [Fact]
    public async Task Events_go_through_the_privacy_guard_as_the_subscriber_and_reads_are_logged()
    {
        const string Private = """
            subscription($region: String!) { needChanged(regionCode: $region) { kind need { id publicSummary privateDescription } } }
            """;
        var region = new { region = DemoIds.XiaoyaojinSubDistrict };
        await using var donor = await SubscribedAsync(DemoIds.DonorHefeiTelecom, Private, region);
        await using var officer = await SubscribedAsync(DemoIds.OfficerXiaoyaojin, Private, region);

        var need = await api.ReportNeedAsync(summary: "隐私测试");
        var forDonor = await NextMessageAsync(donor, need);
        Assert.Equal("FORBIDDEN", forDonor["payload"]!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("隐私测试", forDonor["payload"]!["data"]!["needChanged"]!["need"]!["publicSummary"]!.GetValue<string>());

        var forOfficer = await NextMessageAsync(officer, need);
        Assert.Null(forOfficer["payload"]!["errors"]);
        Assert.Equal("母子二人，母亲摔伤卧床", forOfficer["payload"]!["data"]!["needChanged"]!["need"]!["privateDescription"]!.GetValue<string>());
        var log = await (await api.ClientForAsync(DemoIds.OfficerXiaoyaojin)).DataAsync(
            "query($r: String!) { personalDataReads(regionCode: $r, first: 100) { reader field } }", new { r = DemoIds.XianqiaoCommunity });
        Assert.Contains(log["personalDataReads"]!.AsArray(), r => r!["reader"]!.GetValue<string>() == DemoIds.OfficerXiaoyaojin && r["field"]!.GetValue<string>() == "privateDescription");
    }

    [Theory]
    [InlineData(DemoIds.WorkerJingan, "needChanged(regionCode: \"340103002000\") { kind }")]
    [InlineData(DemoIds.DonorEyeHospital, "matchChanged(organisationId: \"HEFEI_TELECOM\") { kind }")]
    public async Task Subscribing_outside_ones_scope_is_refused_with_forbidden(string login, string field)
    {
        await using var socket = await api.ConnectAsync();
        await socket.InitialiseAsync(await api.TokenForAsync(login));
        await socket.SubscribeAsync("1", "subscription { " + field.Replace("HEFEI_TELECOM", DemoIds.HefeiTelecomBranch.ToString()) + " }");
        var refusal = await socket.ReceiveAsync();
        Assert.Equal("error", refusal!["type"]!.GetValue<string>());
        Assert.Equal("FORBIDDEN", refusal["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_donor_hears_of_matches_proposed_for_its_resources()
    {
        await using var socket = await SubscribedAsync(DemoIds.DonorHefeiTelecom,
            "subscription($org: ID!) { matchChanged(organisationId: $org) { kind match { status quantity need { publicSummary } } } }",
            new { org = DemoIds.HefeiTelecomBranch });
        var resource = await api.PostResourceAsync(quantity: 5);
        var need = await api.ReportNeedAsync(summary: "需要米面油（订阅测试）");
        var worker = await api.ClientForAsync(DemoIds.WorkerXianqiao);
        await worker.DataAsync("mutation($id: ID!) { claimNeed(needId: $id) { status } }", new { id = need });
        await worker.DataAsync("mutation($input: ProposeMatchInput!) { proposeMatch(input: $input) { id } }",
            new { input = new { needId = need, resourceId = resource, quantity = 1 } });

        var message = await socket.ReceiveAsync();
        var change = message!["payload"]!["data"]!["matchChanged"]!;
        Assert.Equal("MATCH_PROPOSED", change["kind"]!.GetValue<string>());
        Assert.Equal("PROPOSED", change["match"]!["status"]!.GetValue<string>());
        Assert.Equal("需要米面油（订阅测试）", change["match"]!["need"]!["publicSummary"]!.GetValue<string>());
    }

    [Fact]
    public async Task Two_API_instances_deliver_each_others_changes_through_the_database()
    {
        // The subscriber is on a second host with its own services and its own change feed; the
        // claim goes through the fixture's host. Only PostgreSQL connects the two.
        await using var second = api.NewHost();
        _ = second.Server;
        await second.Services.GetRequiredService<ChangeFeed>().Listening.WaitAsync(GraphQLWebSocket.DefaultWait);
        await using var socket = await GraphQLWebSocket.ConnectAsync(second.Server);
        await socket.InitialiseAsync(await api.TokenForAsync(DemoIds.OfficerXiaoyaojin));
        await socket.SubscribeAsync("other-host", NeedChanged, new { region = DemoIds.XiaoyaojinSubDistrict });
        await WarmUpAsync(socket);

        var need = await api.ReportNeedAsync(summary: "跨实例测试");
        var seen = await NextEventAsync(socket, e => e["need"]!["id"]!.GetValue<string>() == need);
        Assert.Equal("跨实例测试", seen["need"]!["publicSummary"]!.GetValue<string>());
    }

    [Fact]
    public async Task Completing_a_subscription_stops_its_events()
    {
        await using var socket = await SubscribedAsync(DemoIds.OfficerXiaoyaojin, NeedChanged, new { region = DemoIds.XiaoyaojinSubDistrict });
        await socket.SendAsync(new JsonObject { ["type"] = "complete", ["id"] = "1" });
        await api.ReportNeedAsync();
        await socket.SendAsync(new JsonObject { ["type"] = "ping" });
        // Only the pong comes back: no event for the completed subscription.
        var next = await socket.ReceiveAsync();
        Assert.Equal("pong", next!["type"]!.GetValue<string>());
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => socket.ReceiveAsync(TimeSpan.FromMilliseconds(500)));
    }

    /// <summary>Connected, initialised and subscribed as id "1", and known to be receiving.</summary>
    private async Task<GraphQLWebSocket> SubscribedAsync(string login, string query, object variables)
    {
        await api.Services.GetRequiredService<ChangeFeed>().Listening.WaitAsync(GraphQLWebSocket.DefaultWait);
        var socket = await api.ConnectAsync();
        await socket.InitialiseAsync(await api.TokenForAsync(login));
        await socket.SubscribeAsync("1", query, variables);
        await WarmUpAsync(socket);
        return socket;
    }

    /// <summary>
    /// The protocol does not acknowledge a subscription, so a test that must not miss an event
    /// first waits until one arrives: it adds notes to a need of the area until the subscriber hears.
    /// </summary>
    private async Task WarmUpAsync(GraphQLWebSocket socket)
    {
        var staff = await api.ClientForAsync(DemoIds.GridXianqiao);
        var need = await api.ReportNeedAsync(summary: "预热");
        for (var attempt = 0; attempt < 40; attempt++)
        {
            try
            {
                if (await socket.ReceiveAsync(TimeSpan.FromMilliseconds(250)) is not null) break;
            }
            catch (OperationCanceledException)
            {
                await staff.DataAsync("mutation($id: ID!) { addNeedNote(needId: $id, note: \"预热\") { id } }", new { id = need });
            }
        }
        // Drain what the warm-up caused.
        while (true)
        {
            try
            {
                await socket.ReceiveAsync(TimeSpan.FromMilliseconds(300));
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private static async Task<JsonNode> NextEventAsync(GraphQLWebSocket socket, Func<JsonNode, bool> about)
    {
        while (true)
        {
            var message = await socket.ReceiveAsync() ?? throw new InvalidOperationException($"The server closed the socket ({socket.Socket.CloseStatus}).");
            Assert.Equal("next", message["type"]!.GetValue<string>());
            var change = message["payload"]!["data"]!.AsObject().First().Value!;
            if (about(change)) return change;
        }
    }

    private static async Task<JsonObject> NextMessageAsync(GraphQLWebSocket socket, string needId)
    {
        while (true)
        {
            var message = await socket.ReceiveAsync() ?? throw new InvalidOperationException("The server closed the socket.");
            if (message["payload"]?["data"]?["needChanged"]?["need"]?["id"]?.GetValue<string>() == needId) return message;
        }
    }
}
