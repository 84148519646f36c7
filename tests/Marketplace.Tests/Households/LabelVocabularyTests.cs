using Marketplace.Core.Labels;
using Marketplace.DemoData;
using Marketplace.Tests.Infrastructure;
using static Marketplace.Tests.Households.HouseholdMemberTests;

namespace Marketplace.Tests.Households;

/// <summary>Labels are a managed vocabulary: shipped, read by anyone signed in, changed by admins (audited), and the only tags files take.</summary>
public sealed class LabelVocabularyTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Create = "mutation($code: String!, $input: LabelInput!) { createLabel(code: $code, input: $input) { code name appliesTo retiredAt } }";
    private const string Retire = "mutation($code: String!) { retireLabel(code: $code) { code retiredAt } }";

    [Fact]
    public async Task The_vocabulary_ships_45_labels_over_7_dimensions_for_anyone_signed_in()
    {
        var worker = await api.ClientForAsync(DemoIds.WorkerXianqiao);

        var data = await worker.DataAsync("{ labelDimensions { code name } labels { code dimensionCode name nameEn appliesTo } }");
        var anonymous = await api.Anonymous.PostAsync("{ labels { code } }");

        Assert.Equal(7, data["labelDimensions"]!.AsArray().Count);
        var labels = data["labels"]!.AsArray();
        Assert.Equal(45, labels.Count);
        Assert.Equal(45, ShippedLabels.All.Count);
        Assert.Contains(labels, l => l!["code"]!.GetValue<string>() == LabelCodes.LivingAlone && l["name"]!.GetValue<string>() == "独居");
        Assert.Contains(labels, l => l!["code"]!.GetValue<string>() == LabelCodes.GraduatingStudent && l["name"]!.GetValue<string>() == "应届毕业生");
        Assert.Equal("UNAUTHENTICATED", anonymous.FirstErrorCode);
    }

    [Fact]
    public async Task Files_take_codes_of_the_vocabulary_for_their_kind_and_a_retired_label_stays_only_where_it_is()
    {
        var staff = await api.ClientForAsync(DemoIds.GridXianqiao);
        await api.Client.DataAsync(Create, new { code = "FLOOD_AFFECTED", input = new { dimensionCode = ShippedLabels.Housing, name = "受灾", nameEn = "Flood-affected", appliesTo = "HOUSEHOLD" } });
        var household = (await staff.DataAsync(Register, new { input = Household("标签户", labels: ["FLOOD_AFFECTED", LabelCodes.OldHousing]) }))["registerHousehold"]!["id"]!.GetValue<string>();
        await api.Client.DataAsync(Retire, new { code = "FLOOD_AFFECTED" });

        var freeText = await staff.PostAsync(Register, new { input = Household("自由文本", labels: ["独居"]) });
        var personOnly = await staff.PostAsync(Register, new { input = Household("个人标签", labels: [LabelCodes.DropoutRisk]) });
        var retiredForNew = await staff.PostAsync(Register, new { input = Household("新户", labels: ["FLOOD_AFFECTED"]) });
        var keptOnUpdate = await staff.DataAsync("mutation($id: ID!, $input: HouseholdInput!) { updateHousehold(householdId: $id, input: $input) { labels } }",
            new { id = household, input = Household("标签户", labels: ["FLOOD_AFFECTED", LabelCodes.OldHousing, LabelCodes.NoLift]) });
        var householdOnlyOnAPerson = await staff.PostAsync(Add, new { id = household, input = Member("某", labels: [LabelCodes.SingleParent]) });

        foreach (var refused in new[] { freeText, personOnly, retiredForNew, householdOnlyOnAPerson })
        {
            Assert.Equal("VALIDATION", refused.FirstErrorCode);
            Assert.Equal("labels", refused.Errors![0]!["extensions"]!["field"]!.GetValue<string>());
        }
        Assert.Contains("retired", retiredForNew.Errors![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(["FLOOD_AFFECTED", LabelCodes.OldHousing, LabelCodes.NoLift], keptOnUpdate["updateHousehold"]!["labels"]!.AsArray().Select(l => l!.GetValue<string>()));
    }

    [Fact]
    public async Task Only_admins_change_the_vocabulary_and_each_change_is_audited()
    {
        var officer = await api.ClientForAsync(DemoIds.OfficerXiaoyaojin);

        var byOfficer = await officer.PostAsync(Create, new { code = "NEW_ONE", input = new { dimensionCode = ShippedLabels.Living, name = "新", nameEn = "New", appliesTo = "BOTH" } });
        var badCode = await api.Client.PostAsync(Create, new { code = "lower", input = new { dimensionCode = ShippedLabels.Living, name = "新", nameEn = "New", appliesTo = "BOTH" } });
        var badDimension = await api.Client.PostAsync(Create, new { code = "NEW_ONE", input = new { dimensionCode = "NOWHERE", name = "新", nameEn = "New", appliesTo = "BOTH" } });
        var taken = await api.Client.PostAsync(Create, new { code = LabelCodes.LivingAlone, input = new { dimensionCode = ShippedLabels.Living, name = "独居", nameEn = "Alone", appliesTo = "BOTH" } });
        await api.Client.DataAsync("mutation($input: LabelInput!) { updateLabel(code: \"EMPTY_NEST\", input: $input) { name } }",
            new { input = new { dimensionCode = ShippedLabels.SocialSupport, name = "空巢老人", nameEn = "Empty-nest elderly", appliesTo = "HOUSEHOLD" } });
        await api.Client.DataAsync(Retire, new { code = LabelCodes.EmptyNest });
        var offered = await officer.DataAsync("{ labels { code } all: labels(includeRetired: true) { code retiredAt } }");
        var log = await api.Client.DataAsync("""{ adminAuditLog(filter: { subjectType: "Label", subjectId: "EMPTY_NEST" }) { action actor } }""");

        Assert.Equal("FORBIDDEN", byOfficer.FirstErrorCode);
        Assert.Equal("code", badCode.Errors![0]!["extensions"]!["field"]!.GetValue<string>());
        Assert.Equal("dimensionCode", badDimension.Errors![0]!["extensions"]!["field"]!.GetValue<string>());
        Assert.Equal("CONFLICT", taken.FirstErrorCode);
        Assert.DoesNotContain(offered["labels"]!.AsArray(), l => l!["code"]!.GetValue<string>() == LabelCodes.EmptyNest);
        Assert.Contains(offered["all"]!.AsArray(), l => l!["code"]!.GetValue<string>() == LabelCodes.EmptyNest && l["retiredAt"] is not null);
        Assert.Equal(["label.retired", "label.updated"], log["adminAuditLog"]!.AsArray().Select(e => e!["action"]!.GetValue<string>()));
    }
}
