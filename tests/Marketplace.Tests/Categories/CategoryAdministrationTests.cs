using Marketplace.DemoData;
using Marketplace.Tests.Infrastructure;

namespace Marketplace.Tests.Categories;

/// <summary>Admins extend the taxonomy; a retired category is no longer offered, and what has it keeps it.</summary>
public sealed class CategoryAdministrationTests(CaseworkFixture api) : IClassFixture<CaseworkFixture>
{
    private const string Create = """
        mutation($code: String!, $input: CategoryInput!) { createCategory(code: $code, input: $input) { code name parentCode retiredAt } }
        """;
    private const string Update = """
        mutation($code: String!, $input: CategoryInput!) { updateCategory(code: $code, input: $input) { code name parentCode } }
        """;
    private const string Retire = "mutation($code: String!) { retireCategory(code: $code) { code retiredAt } }";

    [Fact]
    public async Task A_new_category_is_used_renamed_and_retired_and_its_needs_and_resources_keep_it()
    {
        var created = await api.Client.DataAsync(Create, new { code = "WINTER_CLOTHING", input = new { name = "冬衣", nameEn = "Winter clothing", parentCode = "GOODS" } });
        var need = await api.ReportNeedAsync(category: "WINTER_CLOTHING", summary: "老人需要冬衣");
        var resource = await api.PostResourceAsync(quantity: 5, category: "WINTER_CLOTHING");
        var renamed = await api.Client.DataAsync(Update, new { code = "WINTER_CLOTHING", input = new { name = "冬季衣物", nameEn = "Winter clothes", parentCode = "GOODS" } });
        var retired = await api.Client.DataAsync(Retire, new { code = "WINTER_CLOTHING" });
        var retiredAgain = await api.Client.PostAsync(Retire, new { code = "WINTER_CLOTHING" });
        var staff = await api.ClientForAsync(DemoIds.GridXianqiao);
        var newNeed = await staff.PostAsync("""
            mutation($input: ReportNeedInput!) { reportNeed(input: $input) { id } }
            """, new { input = new { householdId = api.XianqiaoHousehold, categoryCode = "WINTER_CLOTHING", publicSummary = "需要冬衣" } });
        var donor = await api.ClientForAsync(DemoIds.DonorHefeiTelecom);
        var keptOnUpdate = await donor.DataAsync("""
            mutation($id: ID!, $input: ResourceInput!) { updateResource(resourceId: $id, input: $input) { categoryCode quantity } }
            """, new
        {
            id = resource,
            input = new
            {
                categoryCode = "WINTER_CLOTHING", kind = "GOODS", title = "冬衣", quantity = 6, unit = "份",
                latitude = api.HouseholdPoint.Latitude + 0.007, longitude = api.HouseholdPoint.Longitude, serviceRadiusMeters = 3000,
            },
        });
        var log = await api.Client.DataAsync("""{ adminAuditLog(filter: { subjectType: "NeedCategory", subjectId: "WINTER_CLOTHING" }) { action actor } }""");

        Assert.Null(created["createCategory"]!["retiredAt"]);
        Assert.Equal("冬季衣物", renamed["updateCategory"]!["name"]!.GetValue<string>());
        Assert.NotNull(retired["retireCategory"]!["retiredAt"]);
        Assert.Equal("INVALID_TRANSITION", retiredAgain.FirstErrorCode);
        Assert.Equal("VALIDATION", newNeed.FirstErrorCode);
        Assert.Contains("retired", newNeed.Errors![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        var kept = await api.Client.DataAsync("query($id: ID!) { need(id: $id) { categoryCode } }", new { id = need });
        Assert.Equal("WINTER_CLOTHING", kept["need"]!["categoryCode"]!.GetValue<string>());
        Assert.Equal(6, keptOnUpdate["updateResource"]!["quantity"]!.GetValue<int>());
        Assert.Equal(["category.retired", "category.updated", "category.created"], log["adminAuditLog"]!.AsArray().Select(e => e!["action"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Only_admins_change_the_taxonomy_and_bad_changes_are_refused_naming_the_field()
    {
        var officer = await api.ClientForAsync(DemoIds.OfficerXiaoyaojin);

        var byOfficer = await officer.PostAsync(Create, new { code = "ELSEWHERE", input = new { name = "其他", nameEn = "Other" } });
        var badCode = await api.Client.PostAsync(Create, new { code = "home repair", input = new { name = "维修", nameEn = "Repair" } });
        var taken = await api.Client.PostAsync(Create, new { code = "GOODS", input = new { name = "物资", nameEn = "Goods" } });
        var unknownParent = await api.Client.PostAsync(Create, new { code = "SPARE_PARTS", input = new { name = "配件", nameEn = "Spare parts", parentCode = "NO_SUCH" } });
        var underItself = await api.Client.PostAsync(Update, new { code = "GOODS", input = new { name = "物资帮扶", nameEn = "Goods", parentCode = "GRAIN_AND_OIL" } });

        Assert.Equal("FORBIDDEN", byOfficer.FirstErrorCode);
        Assert.Equal("VALIDATION", badCode.FirstErrorCode);
        Assert.Equal("CONFLICT", taken.FirstErrorCode);
        Assert.Equal("VALIDATION", unknownParent.FirstErrorCode);
        Assert.Equal("VALIDATION", underItself.FirstErrorCode);
        Assert.Contains("under itself", underItself.Errors![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
