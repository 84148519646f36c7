using Marketplace.Core.Households;
using Marketplace.Core.Households.Members;
using Marketplace.Core.Risk;
using Marketplace.DemoData;
using Marketplace.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Tests.Risk;

/// <summary>
/// Admins publish versions of the model: checked whole (each refusal names the part), current at
/// once, and every household re-scored with it by one statement, the history saying which version.
/// </summary>
public sealed class RiskModelPublishingTests(RiskModelPublishingTests.Fixture api) : IClassFixture<RiskModelPublishingTests.Fixture>
{
    private const string Publish = """
        mutation($input: RiskModelInput!) { publishRiskModel(input: $input) { version isCurrent createdBy highThreshold indicators { code weight parameters { line minAge } } } }
        """;

    [Fact]
    public async Task Publishing_makes_the_version_current_and_re_scores_every_household_in_one_statement()
    {
        var household = await api.RegisterAsync();
        await api.AddMemberAsync(household, m => (m.Relation, m.BirthDate, m.LivesAlone) = (MemberRelation.Head, RiskFixture.Aged(76), true));
        var before = await api.ResaveAsync(household);
        Assert.Equal(("LOW", 20.0), (before["computedRiskLevel"]!.GetValue<string>(), before["riskScore"]!.GetValue<double>()));

        api.Counter.Reset();
        var published = (await api.Client.DataAsync(Publish, new { input = Model(elderlyWeight: 60, elderlyMinAge: 75) }))["publishRiskModel"]!;

        Assert.Equal((2, true, DemoIds.Admin), (published["version"]!.GetValue<int>(), published["isCurrent"]!.GetValue<bool>(), published["createdBy"]!.GetValue<string>()));
        // One statement scored every household: not a loop over them.
        Assert.Single(api.Counter.Statements, s => s.Contains("UPDATE households", StringComparison.Ordinal));
        await using (var db = await api.Contexts.CreateDbContextAsync())
        {
            var households = await db.Households.CountAsync(h => h.MergedIntoId == null);
            Assert.True(households > 100, $"Only {households} households to re-score.");
            Assert.Equal(households, await db.Households.CountAsync(h => h.MergedIntoId == null && h.RiskModelVersion == 2));
        }
        var after = await api.ResaveAsync(household);
        Assert.Equal(("HIGH", 60.0, 2), (after["computedRiskLevel"]!.GetValue<string>(), after["riskScore"]!.GetValue<double>(), after["riskModelVersion"]!.GetValue<int>()));
        var latest = after["riskHistory"]![0]!;
        Assert.Equal((2, "publishRiskModel", DemoIds.Admin), (latest["modelVersion"]!.GetValue<int>(), latest["cause"]!.GetValue<string>(), latest["actor"]!.GetValue<string>()));
        var models = await api.Client.DataAsync("{ riskModel { version } riskModels { version isCurrent } }");
        Assert.Equal(2, models["riskModel"]!["version"]!.GetValue<int>());
        Assert.Equal([(2, true), (1, false)], models["riskModels"]!.AsArray().Select(m => (m!["version"]!.GetValue<int>(), m["isCurrent"]!.GetValue<bool>())));
    }

    [Theory]
    [InlineData("line", "indicators[0].parameters.line")]
    [InlineData("minAgeOnIncome", "indicators[0].parameters.minAge")]
    [InlineData("label", "indicators[1].parameters.label")]
    [InlineData("duplicate", "indicators[1].code")]
    [InlineData("thresholds", "highThreshold")]
    [InlineData("unreachable", "highThreshold")]
    public async Task A_model_is_refused_whole_naming_the_part_to_change(string fault, string field)
    {
        object income = fault switch
        {
            "line" => Indicator("INCOME", "INCOME_BELOW_LINE", 30, new { line = "NO_SUCH_LINE" }),
            "minAgeOnIncome" => Indicator("INCOME", "INCOME_BELOW_LINE", 30, new { line = "MINIMUM_LIVING", minAge = 60 }),
            _ => Indicator("INCOME", "INCOME_BELOW_LINE", 30, new { line = "MINIMUM_LIVING" }),
        };
        object second = fault switch
        {
            "label" => Indicator("LABELLED", "HAS_LABEL", 30, new { label = "NO_SUCH_LABEL" }),
            "duplicate" => Indicator("INCOME", "POOR_HOUSING", 30, null),
            _ => Indicator("HOUSING", "POOR_HOUSING", 30, null),
        };
        var (high, medium) = fault switch { "thresholds" => (20.0, 30.0), "unreachable" => (70.0, 30.0), _ => (50.0, 25.0) };

        var refused = await api.Client.PostAsync(Publish, new { input = new { highThreshold = high, mediumThreshold = medium, indicators = new[] { income, second } } });

        Assert.Equal(("VALIDATION", field), (refused.FirstErrorCode, refused.Errors![0]!["extensions"]!["field"]!.GetValue<string>()));
        await using var db = await api.Contexts.CreateDbContextAsync();
        Assert.False(await db.RiskModelVersions.AnyAsync(m => m.Note == "refused"));
    }

    [Fact]
    public async Task Only_admins_publish_and_organisations_read_no_model()
    {
        var officer = await (await api.ClientForAsync(DemoIds.OfficerXiaoyaojin)).PostAsync(Publish, new { input = Model(20, 70) });
        var donor = await (await api.ClientForAsync(DemoIds.DonorHefeiTelecom)).PostAsync("{ riskModel { version } }");
        var worker = await (await api.ClientForAsync(DemoIds.WorkerXianqiao)).DataAsync("{ riskModel { indicators { code } } }");

        Assert.Equal("FORBIDDEN", officer.FirstErrorCode);
        Assert.Equal("FORBIDDEN", donor.FirstErrorCode);
        Assert.NotEmpty(worker["riskModel"]!["indicators"]!.AsArray());
    }

    private static object Model(double elderlyWeight, int elderlyMinAge) => new
    {
        highThreshold = 50.0, mediumThreshold = 25.0, note = "更重视高龄独居",
        indicators = new[]
        {
            Indicator("INCOME", "INCOME_BELOW_LINE", 30, new { line = "MINIMUM_LIVING" }),
            Indicator("LIVING", "ELDERLY_LIVING_ALONE", elderlyWeight, new { minAge = elderlyMinAge }),
        },
    };

    private static object Indicator(string code, string measure, double weight, object? parameters) => new
    {
        code, dimension = code == "LABELLED" ? "SOCIAL_SUPPORT" : code, name = code, nameEn = code, measure, weight, parameters,
    };

    public sealed class Fixture : RiskFixture
    {
        public SqlStatementCounter Counter { get; } = new();

        protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<IInterceptor>(Counter);
    }
}
