using System.Text.Json.Nodes;
using Marketplace.Core.Accounts;
using Marketplace.Core.Households;
using Marketplace.Core.Identity;
using Marketplace.DemoData;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Tests.Infrastructure;

/// <summary>The API with the demo data, a Xianqiao household to report needs for, and ten more social workers of Xiaoyaojin.</summary>
public class CaseworkFixture : ApiFixture
{
    public const int ExtraWorkers = 10;

    public Guid XianqiaoHousehold { get; private set; }
    public (double Latitude, double Longitude) HouseholdPoint { get; private set; }

    public static string ExtraWorker(int i) => $"worker{i + 10}.xiaoyaojin";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = await Contexts.CreateDbContextAsync();
        var household = await db.Households.Where(h => h.CommunityCode == DemoIds.XianqiaoCommunity).OrderBy(h => h.Id).FirstAsync();
        XianqiaoHousehold = household.Id;
        HouseholdPoint = (household.Location.Y, household.Location.X);
        db.UserAccounts.AddRange(Enumerable.Range(0, ExtraWorkers).Select(i => new UserAccount
        {
            Login = ExtraWorker(i),
            DisplayName = $"社工{i}",
            Role = Role.SocialWorker,
            RegionCode = DemoIds.XiaoyaojinSubDistrict,
        }));
        await db.SaveChangesAsync();
    }

    /// <summary>A new need of the Xianqiao household, reported by its grid worker; returns its id.</summary>
    public async Task<string> ReportNeedAsync(string category = "GRAIN_AND_OIL", string summary = "低保户需要米面油")
    {
        var staff = await ClientForAsync(DemoIds.GridXianqiao);
        var data = await staff.DataAsync("""
            mutation($input: ReportNeedInput!) { reportNeed(input: $input) { id status } }
            """, new { input = new { householdId = XianqiaoHousehold, categoryCode = category, publicSummary = summary, privateDescription = "母子二人，母亲摔伤卧床", urgency = "HIGH", quantity = 1, unit = "份" } });
        return data["reportNeed"]!["id"]!.GetValue<string>();
    }

    /// <summary>A resource of the telecom branch 800 m or so from the household; returns its id.</summary>
    public async Task<string> PostResourceAsync(int quantity, string category = "GRAIN_AND_OIL")
    {
        var donor = await ClientForAsync(DemoIds.DonorHefeiTelecom);
        var data = await donor.DataAsync("""
            mutation($input: ResourceInput!) { postResource(input: $input) { id remainingCapacity status } }
            """, new
        {
            input = new
            {
                categoryCode = category, kind = "GOODS", title = "爱心米面油礼包", quantity, unit = "份",
                latitude = HouseholdPoint.Latitude + 0.007, longitude = HouseholdPoint.Longitude, serviceRadiusMeters = 3000,
            },
        });
        return data["postResource"]!["id"]!.GetValue<string>();
    }

    public async Task<JsonNode> NeedAsync(string id) =>
        (await Client.DataAsync("query($id: ID!) { need(id: $id) { status claimedBy clearedAt timeline { kind actor fromStatus toStatus } } }", new { id }))["need"]!;
}
