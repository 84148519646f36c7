using Marketplace.Core.Households;
using Marketplace.Core.Households.Members;
using Marketplace.Core.Needs;
using Marketplace.Core.Warnings;
using Marketplace.DemoData;
using Marketplace.Tests.Risk;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Tests.Warnings;

/// <summary>
/// The time-based rules, run by the sweep (disabled in tests, run here when the test says):
/// each occurrence raises one warning however often it runs; a visit ends an occurrence.
/// </summary>
public sealed class WarningSweepTests(RiskFixture api) : IClassFixture<RiskFixture>
{
    [Fact]
    public async Task An_elderly_person_living_alone_not_visited_for_30_days_raises_one_warning_per_gap_between_visits()
    {
        var household = await api.RegisterAsync();
        await api.AddMemberAsync(household, m => (m.Relation, m.BirthDate, m.LivesAlone) = (MemberRelation.Head, RiskFixture.Aged(80), true));
        // Never visited: counted from registration, 40 days ago.
        await SetAsync(household, registeredDaysAgo: 40, visitedDaysAgo: null);

        await SweepAsync();
        await SweepAsync();
        Assert.Equal(1, await CountAsync(household, ShippedWarningRules.ElderlyAloneNotVisited));

        await SetAsync(household, registeredDaysAgo: 40, visitedDaysAgo: 2);
        await SweepAsync();
        Assert.Equal(1, await CountAsync(household, ShippedWarningRules.ElderlyAloneNotVisited));

        await SetAsync(household, registeredDaysAgo: 40, visitedDaysAgo: 31);
        await SweepAsync();
        Assert.Equal(2, await CountAsync(household, ShippedWarningRules.ElderlyAloneNotVisited));
    }

    [Fact]
    public async Task A_need_of_a_high_risk_household_past_its_due_date_raises_one_warning()
    {
        var household = await api.RegisterAsync();
        var staff = await api.ClientForAsync(DemoIds.GridXianqiao);
        await staff.DataAsync("mutation($id: ID!) { overrideRiskLevel(householdId: $id, level: HIGH, reason: \"独居重病\") { id } }", new { id = household });
        var need = (await staff.DataAsync("mutation($input: ReportNeedInput!) { reportNeed(input: $input) { id } }",
            new { input = new { householdId = household, categoryCode = "HOUSEKEEPING", publicSummary = "需要上门保洁" } }))["reportNeed"]!["id"]!.GetValue<string>();
        await using (var db = await api.Contexts.CreateDbContextAsync())
        {
            var yesterday = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(-1);
            await db.Needs.Where(n => n.Id == Guid.Parse(need)).ExecuteUpdateAsync(set => set.SetProperty(n => n.DueDate, yesterday));
        }

        await SweepAsync();
        await SweepAsync();

        await using var check = await api.Contexts.CreateDbContextAsync();
        var warning = await check.Warnings.SingleAsync(w => w.HouseholdId == household && w.RuleCode == ShippedWarningRules.HighRiskNeedOverdue);
        Assert.Contains(need, warning.Detail);
        Assert.Equal(TimeSpan.FromHours(24), warning.DueAt - warning.RaisedAt);
    }

    [Fact]
    public async Task The_sweep_scores_households_the_current_model_has_not_scored()
    {
        await SweepAsync();

        await using var db = await api.Contexts.CreateDbContextAsync();
        Assert.False(await db.Households.AnyAsync(h => h.MergedIntoId == null && h.RiskModelVersion == null));
        Assert.True(await db.Set<Core.Risk.HouseholdRiskChange>().AnyAsync(c => c.Cause == "sweep" && c.Actor == null));
    }

    private Task<WarningSweep> SweepAsync() => api.Services.GetRequiredService<WarningSweeper>().SweepAsync(CancellationToken.None);

    private async Task SetAsync(Guid household, int registeredDaysAgo, int? visitedDaysAgo)
    {
        await using var db = await api.Contexts.CreateDbContextAsync();
        var now = DateTimeOffset.UtcNow;
        DateTimeOffset? visited = visitedDaysAgo is { } days ? now.AddDays(-days) : null;
        await db.Database.ExecuteSqlAsync($"UPDATE households SET registered_at = {now.AddDays(-registeredDaysAgo)}, last_visited_at = {visited} WHERE id = {household}");
    }

    private async Task<int> CountAsync(Guid household, string rule)
    {
        await using var db = await api.Contexts.CreateDbContextAsync();
        return await db.Warnings.CountAsync(w => w.HouseholdId == household && w.RuleCode == rule);
    }
}
