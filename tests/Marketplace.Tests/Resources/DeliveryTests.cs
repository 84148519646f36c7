using Marketplace.DemoData;
using Marketplace.Tests.Infrastructure;

namespace Marketplace.Tests.Resources;

/// <summary>A donor learns what delivery requires, and only while it delivers.</summary>
public sealed class DeliveryTests(CaseworkFixture api) : IClassFixture<CaseworkFixture>
{
    private const string Matches = """
        query($id: ID!) { resource(id: $id) { matches { id status delivery { headName phone address } } } }
        """;

    [Fact]
    public async Task The_accepting_donor_sees_name_phone_and_address_until_delivery_and_the_read_is_on_record()
    {
        var worker = await api.ClientForAsync(DemoIds.WorkerXianqiao);
        var donor = await api.ClientForAsync(DemoIds.DonorHefeiTelecom);
        var otherDonor = await api.ClientForAsync(DemoIds.DonorEyeHospital);
        var officer = await api.ClientForAsync(DemoIds.OfficerXiaoyaojin);
        var need = await api.ReportNeedAsync();
        var resource = await api.PostResourceAsync(quantity: 2);
        await worker.DataAsync("mutation($id: ID!) { claimNeed(needId: $id) { status } }", new { id = need });
        var proposed = await worker.DataAsync("mutation($input: ProposeMatchInput!) { proposeMatch(input: $input) { id } }", new { input = new { needId = need, resourceId = resource } });
        var match = proposed["proposeMatch"]!["id"]!.GetValue<string>();

        var beforeAcceptance = await donor.PostAsync(Matches, new { id = resource });
        await donor.DataAsync("mutation($id: ID!) { acceptMatch(matchId: $id) { status } }", new { id = match });
        var whileDelivering = await donor.DataAsync(Matches, new { id = resource });
        var stranger = await otherDonor.PostAsync(Matches, new { id = resource });
        await donor.DataAsync("mutation($id: ID!) { markDelivered(matchId: $id) { status } }", new { id = match });
        var afterDelivery = await donor.PostAsync(Matches, new { id = resource });
        var log = await officer.DataAsync($$"""{ personalDataReads(regionCode: "{{DemoIds.XianqiaoCommunity}}", first: 100) { reader field } }""");

        Assert.Equal("FORBIDDEN", beforeAcceptance.FirstErrorCode);
        var delivery = whileDelivering["resource"]!["matches"]![0]!["delivery"]!;
        Assert.False(string.IsNullOrEmpty(delivery["headName"]!.GetValue<string>()));
        Assert.False(string.IsNullOrEmpty(delivery["address"]!.GetValue<string>()));
        Assert.Equal("FORBIDDEN", stranger.FirstErrorCode);
        Assert.Null(stranger.Data!["resource"]!["matches"]);
        Assert.Equal("FORBIDDEN", afterDelivery.FirstErrorCode);
        Assert.Contains(log["personalDataReads"]!.AsArray(), r => r!["reader"]!.GetValue<string>() == DemoIds.DonorHefeiTelecom && r["field"]!.GetValue<string>() == "delivery");
    }
}
