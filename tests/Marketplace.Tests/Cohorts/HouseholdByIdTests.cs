using Marketplace.DemoData;
using Marketplace.Tests.Infrastructure;

namespace Marketplace.Tests.Cohorts;

/// <summary>One household's file by id: for the caseworkers of its area and admins, nobody else.</summary>
public sealed class HouseholdByIdTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string File = "query($id: ID!) { household(id: $id) { id community { code } riskLevel } }";

    [Fact]
    public async Task The_areas_caseworkers_read_the_file_and_others_are_refused()
    {
        var id = DemoIds.XianqiaoMotherAndSonHousehold;
        var worker = await (await api.ClientForAsync(DemoIds.WorkerXianqiao)).DataAsync(File, new { id });
        var admin = await api.Client.DataAsync(File, new { id });
        var elsewhere = await (await api.ClientForAsync(DemoIds.WorkerJingan)).PostAsync(File, new { id });
        var donor = await (await api.ClientForAsync(DemoIds.DonorHefeiTelecom)).PostAsync(File, new { id });
        var none = await api.Client.DataAsync(File, new { id = Guid.NewGuid() });

        Assert.Equal(DemoIds.XianqiaoCommunity, worker["household"]!["community"]!["code"]!.GetValue<string>());
        Assert.Equal(id.ToString(), admin["household"]!["id"]!.GetValue<string>());
        Assert.Equal("FORBIDDEN", elsewhere.FirstErrorCode);
        Assert.Equal("FORBIDDEN", donor.FirstErrorCode);
        Assert.Null(none["household"]);
    }
}
