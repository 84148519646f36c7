using System.Text.Json.Nodes;
using Marketplace.Core.Households;
using Marketplace.Core.Households.Members;
using Marketplace.Core.Risk;
using Marketplace.DemoData;
using Marketplace.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Tests.Risk;

/// <summary>
/// The casework API with the income lines of Luyang district (Hefei) and helpers to build a
/// household's file: registered and re-saved through the API (so that it is scored as in use),
/// its members and income written straight to the database (the members feature's commands are
/// not what these tests are about).
/// </summary>
public class RiskFixture : CaseworkFixture
{
    public const decimal MinimumLiving = 945;
    public const decimal LowIncome = 1418;

    public const string Scored = """
        id riskLevel riskScore computedRiskLevel riskModelVersion
        riskOverride { level reason by at }
        riskExplanation { version score level perCapitaIncome dimensions { dimension points indicators { code met weight points detail } } }
        riskHistory { score computedLevel effectiveLevel modelVersion cause actor }
        """;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = await Contexts.CreateDbContextAsync();
        // The demo data has Luyang's lines already; the hand computations here use these amounts.
        await db.IncomeLines.Where(l => l.RegionCode == DemoIds.LuyangDistrict).ExecuteDeleteAsync();
        db.IncomeLines.AddRange(
            new IncomeLine { Code = ShippedRiskModel.MinimumLivingLine, RegionCode = DemoIds.LuyangDistrict, Name = "低保线", NameEn = "Minimum living line", MonthlyAmount = MinimumLiving },
            new IncomeLine { Code = ShippedRiskModel.LowIncomeLine, RegionCode = DemoIds.LuyangDistrict, Name = "低收入线", NameEn = "Low-income line", MonthlyAmount = LowIncome });
        await db.SaveChangesAsync();
    }

    /// <summary>A new household of Xianqiao, registered by its grid worker; returns its id.</summary>
    public async Task<Guid> RegisterAsync()
    {
        var staff = await ClientForAsync(DemoIds.GridXianqiao);
        var data = await staff.DataAsync("mutation($input: HouseholdInput!) { registerHousehold(input: $input) { id } }", new { input = Input() });
        return Guid.Parse(data["registerHousehold"]!["id"]!.GetValue<string>());
    }

    /// <summary>Saves the file again as its grid worker (HouseholdFileChanged): the household as it then is, with <paramref name="selection"/>.</summary>
    public async Task<JsonNode> ResaveAsync(Guid household, string selection = Scored)
    {
        var staff = await ClientForAsync(DemoIds.GridXianqiao);
        var data = await staff.DataAsync($$"""mutation($id: ID!, $input: HouseholdInput!) { updateHousehold(householdId: $id, input: $input) { {{selection}} } }""",
            new { id = household, input = await UnchangedInputAsync(household) });
        return data["updateHousehold"]!;
    }

    public async Task<Guid> AddMemberAsync(Guid household, Action<HouseholdMember> describe)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        var member = new HouseholdMember { Id = Guid.NewGuid(), HouseholdId = household, Name = "成员", AddedAt = DateTimeOffset.UtcNow };
        describe(member);
        db.HouseholdMembers.Add(member);
        await db.SaveChangesAsync();
        return member.Id;
    }

    public async Task SetFileAsync(Guid household, decimal? monthlyIncome, HousingCondition? housing = null, bool? familySupport = null)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        await db.Households.Where(h => h.Id == household).ExecuteUpdateAsync(set => set
            .SetProperty(h => h.MonthlyIncome, monthlyIncome)
            .SetProperty(h => h.HousingCondition, housing)
            .SetProperty(h => h.HasFamilySupport, familySupport));
    }

    /// <summary>A birth date that makes someone <paramref name="years"/> old today (China time), a while after their birthday.</summary>
    public static DateOnly Aged(int years) => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddYears(-years).AddDays(-30);

    private object Input(int? memberCount = 2, Household? kept = null) => new
    {
        communityCode = DemoIds.XianqiaoCommunity, latitude = HouseholdPoint.Latitude, longitude = HouseholdPoint.Longitude,
        memberCount, riskLevel = "LOW", headName = "测试户", address = "庐阳区县桥社区测试地址",
        monthlyIncome = kept?.MonthlyIncome, housingCondition = kept?.HousingCondition?.ToString().ToUpperInvariant(), hasFamilySupport = kept?.HasFamilySupport,
    };

    /// <summary>
    /// The input that saves the file as it is: its income, housing and support as stored, and no
    /// member count once members are on file (the count follows them then).
    /// </summary>
    private async Task<object> UnchangedInputAsync(Guid household)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        var kept = await db.Households.AsNoTracking().SingleAsync(h => h.Id == household);
        var members = await db.HouseholdMembers.CountAsync(m => m.HouseholdId == household && m.RemovedAt == null);
        return Input(members == 0 ? kept.MemberCount : null, kept);
    }
}
