using System.Text.Json.Nodes;
using Marketplace.Core.Households;
using Marketplace.Core.Households.Members;
using Marketplace.DemoData;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Tests.Risk;

/// <summary>
/// The shipped model (version 1) scoring households as their files change, through the API: the
/// score, level and explanation match a hand computation, each edit re-scores in the same
/// transaction, and a caseworker's override is what matching reads while the computed level stays.
/// </summary>
public sealed class RiskScoringTests(RiskFixture api) : IClassFixture<RiskFixture>
{
    [Fact]
    public async Task A_household_with_members_scores_as_computed_by_hand_with_its_explanation()
    {
        var household = await api.RegisterAsync();
        await api.AddMemberAsync(household, m => (m.Relation, m.BirthDate, m.EmploymentStatus) = (MemberRelation.Head, RiskFixture.Aged(45), EmploymentStatus.Unemployed));
        await api.AddMemberAsync(household, m => (m.Relation, m.BirthDate, m.DisabilityType, m.DisabilityGrade) = (MemberRelation.Child, RiskFixture.Aged(12), DisabilityType.Intellectual, 2));
        await api.AddMemberAsync(household, m => (m.Relation, m.BirthDate, m.ChronicIllness) = (MemberRelation.Parent, RiskFixture.Aged(74), "糖尿病"));
        // Removed members do not count: not in the per-capita income, not as unemployed.
        var gone = await api.AddMemberAsync(household, m => (m.Relation, m.BirthDate, m.EmploymentStatus) = (MemberRelation.Sibling, RiskFixture.Aged(30), EmploymentStatus.Unemployed));
        await using (var db = await api.Contexts.CreateDbContextAsync())
        {
            await db.HouseholdMembers.Where(m => m.Id == gone).ExecuteUpdateAsync(set => set.SetProperty(m => m.RemovedAt, DateTimeOffset.UtcNow));
        }
        // 2,436 yuan a month for the three members on file (the file says 2): 812 each.
        await api.SetFileAsync(household, monthlyIncome: 2_436, HousingCondition.Poor, familySupport: true);

        var scored = await api.ResaveAsync(household);

        // By hand: below the minimum-living line (812 < 945) 30 and the low-income line (< 1,418) 10,
        // a member with a grade-2 disability 20, a chronic illness 10, an unemployed 45-year-old 15,
        // poor housing 10: 95, at or above 50, HIGH.
        Assert.Equal(95, scored["riskScore"]!.GetValue<double>());
        Assert.Equal("HIGH", scored["computedRiskLevel"]!.GetValue<string>());
        Assert.Equal("HIGH", scored["riskLevel"]!.GetValue<string>());
        Assert.Equal(1, scored["riskModelVersion"]!.GetValue<int>());
        var explanation = scored["riskExplanation"]!;
        Assert.Equal(812, explanation["perCapitaIncome"]!.GetValue<double>());
        Assert.Equal(
            [("INCOME", 40.0), ("HEALTH", 30.0), ("EMPLOYMENT", 15.0), ("HOUSING", 10.0), ("EDUCATION", 0.0), ("LIVING", 0.0), ("SOCIAL_SUPPORT", 0.0)],
            explanation["dimensions"]!.AsArray().Select(d => (d!["dimension"]!.GetValue<string>(), d["points"]!.GetValue<double>())).ToList());
        Assert.Equal("per-capita income 812 < MINIMUM_LIVING 945", Indicator(explanation, "INCOME_BELOW_MINIMUM")["detail"]!.GetValue<string>());
        Assert.Equal("1 member with a disability of grade 2 or more severe (most severe: grade 2)", Indicator(explanation, "SEVERE_DISABILITY")["detail"]!.GetValue<string>());
        Assert.Equal("1 member aged 16–59 unemployed", Indicator(explanation, "WORKING_AGE_UNEMPLOYED")["detail"]!.GetValue<string>());
        var alone = Indicator(explanation, "ELDERLY_LIVING_ALONE");
        Assert.Equal((false, 20.0, 0.0, "no member aged 70+ living alone"),
            (alone["met"]!.GetValue<bool>(), alone["weight"]!.GetValue<double>(), alone["points"]!.GetValue<double>(), alone["detail"]!.GetValue<string>()));
        Assert.Equal("has family support", Indicator(explanation, "NO_FAMILY_SUPPORT")["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task Each_edit_of_the_file_re_scores_it_and_the_history_keeps_each_change_of_score()
    {
        var household = await api.RegisterAsync();
        var registered = await api.ResaveAsync(household);
        Assert.Equal(("LOW", 0.0), (registered["computedRiskLevel"]!.GetValue<string>(), registered["riskScore"]!.GetValue<double>()));

        await api.AddMemberAsync(household, m => (m.Relation, m.BirthDate, m.LivesAlone) = (MemberRelation.Head, RiskFixture.Aged(82), true));
        await api.SetFileAsync(household, monthlyIncome: 900, familySupport: false);
        var alone = await api.ResaveAsync(household);
        // Alone at 82 (20), no family support (15), 900 < 945 (30) and < 1,418 (10): 75.
        Assert.Equal(("HIGH", 75.0), (alone["computedRiskLevel"]!.GetValue<string>(), alone["riskScore"]!.GetValue<double>()));

        await api.SetFileAsync(household, monthlyIncome: 1_200, familySupport: false);
        var income = await api.ResaveAsync(household);
        Assert.Equal(("MEDIUM", 45.0), (income["computedRiskLevel"]!.GetValue<string>(), income["riskScore"]!.GetValue<double>()));

        // Saved again unchanged: no new history row.
        var same = await api.ResaveAsync(household);
        var history = same["riskHistory"]!.AsArray();
        Assert.Equal([45.0, 75.0, 0.0], history.Select(h => h!["score"]!.GetValue<double>()));
        Assert.All(history, h => Assert.Equal(1, h!["modelVersion"]!.GetValue<int>()));
        Assert.Equal(["updateHousehold", "updateHousehold", "registerHousehold"], history.Select(h => h!["cause"]!.GetValue<string>()));
        Assert.All(history, h => Assert.Equal(DemoIds.GridXianqiao, h!["actor"]!.GetValue<string>()));
    }

    [Fact]
    public async Task An_override_is_the_level_matching_reads_the_computed_level_stays_visible_and_both_are_in_the_history()
    {
        var household = await api.RegisterAsync();
        var staff = await api.ClientForAsync(DemoIds.GridXianqiao);

        var overridden = (await staff.DataAsync($$"""
            mutation($id: ID!) { overrideRiskLevel(householdId: $id, level: HIGH, reason: "户主近期确诊重病，尚未录入") { {{RiskFixture.Scored}} } }
            """, new { id = household }))["overrideRiskLevel"]!;

        Assert.Equal(("HIGH", "LOW"), (overridden["riskLevel"]!.GetValue<string>(), overridden["computedRiskLevel"]!.GetValue<string>()));
        Assert.Equal(("HIGH", "户主近期确诊重病，尚未录入", DemoIds.GridXianqiao),
            (overridden["riskOverride"]!["level"]!.GetValue<string>(), overridden["riskOverride"]!["reason"]!.GetValue<string>(), overridden["riskOverride"]!["by"]!.GetValue<string>()));
        await using (var db = await api.Contexts.CreateDbContextAsync())
        {
            Assert.Equal(RiskLevel.High, await db.Households.Where(h => h.Id == household).Select(h => h.RiskLevel).SingleAsync());
        }
        // The file changing re-scores the computed level; the override stands.
        var resaved = await api.ResaveAsync(household);
        Assert.Equal(("HIGH", "LOW"), (resaved["riskLevel"]!.GetValue<string>(), resaved["computedRiskLevel"]!.GetValue<string>()));

        var cleared = (await staff.DataAsync($$"""mutation($id: ID!) { clearRiskOverride(householdId: $id) { {{RiskFixture.Scored}} } }""", new { id = household }))["clearRiskOverride"]!;
        Assert.Equal("LOW", cleared["riskLevel"]!.GetValue<string>());
        Assert.Null(cleared["riskOverride"]);
        var latest = cleared["riskHistory"]!.AsArray().Take(2).Select(h => (h!["cause"]!.GetValue<string>(), h["effectiveLevel"]!.GetValue<string>(), h["actor"]!.GetValue<string>()));
        Assert.Equal([("clearRiskOverride", "LOW", DemoIds.GridXianqiao), ("overrideRiskLevel", "HIGH", DemoIds.GridXianqiao)], latest);
    }

    [Fact]
    public async Task Only_those_who_keep_the_file_override_and_a_reason_is_required()
    {
        var household = await api.RegisterAsync();
        const string Override = "mutation($id: ID!, $reason: String!) { overrideRiskLevel(householdId: $id, level: MEDIUM, reason: $reason) { id } }";

        var worker = await (await api.ClientForAsync(DemoIds.WorkerXianqiao)).PostAsync(Override, new { id = household, reason = "社工判断" });
        var elsewhere = await (await api.ClientForAsync(DemoIds.GridJingan)).PostAsync(Override, new { id = household, reason = "不是本社区" });
        var blank = await (await api.ClientForAsync(DemoIds.GridXianqiao)).PostAsync(Override, new { id = household, reason = "  " });

        Assert.Equal("FORBIDDEN", worker.FirstErrorCode);
        Assert.Equal("FORBIDDEN", elsewhere.FirstErrorCode);
        Assert.Equal(("VALIDATION", "reason"), (blank.FirstErrorCode, blank.Errors![0]!["extensions"]!["field"]!.GetValue<string>()));
    }

    private static JsonNode Indicator(JsonNode explanation, string code) =>
        explanation["dimensions"]!.AsArray().SelectMany(d => d!["indicators"]!.AsArray()).Single(i => i!["code"]!.GetValue<string>() == code)!;
}
