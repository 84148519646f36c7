using Marketplace.DemoData;
using Marketplace.Tests.Infrastructure;

namespace Marketplace.Tests.Projects;

public sealed class CharityProjectTests(CaseworkFixture api) : IClassFixture<CaseworkFixture>
{
    [Fact]
    public async Task A_project_takes_households_up_to_its_capacity_and_is_suggested_to_needs_of_its_regions()
    {
        var org = await api.ClientForAsync(DemoIds.StaffLuyangSocialWork);
        var worker = await api.ClientForAsync(DemoIds.WorkerXianqiao);
        var created = await org.DataAsync("""
            mutation($input: CharityProjectInput!) { createCharityProject(input: $input) { id status remainingCapacity targetRegions { name } } }
            """, new { input = new { name = "逍遥津·暖冬粮油", categoryCodes = new[] { "GOODS" }, targetRegionCodes = new[] { DemoIds.XiaoyaojinSubDistrict }, capacityHouseholds = 1, startsOn = "2026-11-01" } });
        var project = created["createCharityProject"]!["id"]!.GetValue<string>();
        var first = await api.ReportNeedAsync();
        var second = await api.ReportNeedAsync();
        foreach (var need in new[] { first, second }) await worker.DataAsync("mutation($id: ID!) { claimNeed(needId: $id) { status } }", new { id = need });

        var suggested = await worker.DataAsync("query($id: ID!) { suggestMatches(needId: $id, first: 50) { charityProject { id } reasons } }", new { id = first });
        var enrolments = new List<string>();
        foreach (var need in new[] { first, second })
        {
            var enrolled = await worker.DataAsync("mutation($need: ID!, $project: ID!) { enrolNeedInProject(needId: $need, projectId: $project) { id status } }", new { need, project });
            enrolments.Add(enrolled["enrolNeedInProject"]!["id"]!.GetValue<string>());
        }
        var accepted = await org.PostAsync("mutation($id: ID!) { acceptMatch(matchId: $id) { status charityProject { remainingCapacity } } }", new { id = enrolments[0] });
        var full = await org.PostAsync("mutation($id: ID!) { acceptMatch(matchId: $id) { status } }", new { id = enrolments[1] });
        var shrink = await org.PostAsync("""
            mutation($id: ID!, $input: CharityProjectInput!) { updateCharityProject(projectId: $id, input: $input) { id } }
            """, new { id = project, input = new { name = "逍遥津·暖冬粮油", categoryCodes = new[] { "GOODS" }, targetRegionCodes = new[] { DemoIds.XiaoyaojinSubDistrict }, capacityHouseholds = 0, startsOn = "2026-11-01" } });

        Assert.Equal("ACTIVE", created["createCharityProject"]!["status"]!.GetValue<string>());
        Assert.Contains(suggested["suggestMatches"]!.AsArray(), s => s!["charityProject"]?["id"]?.GetValue<string>() == project);
        Assert.Null(accepted.Errors);
        Assert.Equal(0, accepted.Data!["acceptMatch"]!["charityProject"]!["remainingCapacity"]!.GetValue<int>());
        Assert.Equal("CAPACITY_EXCEEDED", full.FirstErrorCode);
        Assert.Equal("VALIDATION", shrink.FirstErrorCode);
    }

    [Fact]
    public async Task A_need_is_suggested_the_projects_whose_regions_enclose_its_community_and_whose_categories_serve_it()
    {
        var org = await api.ClientForAsync(DemoIds.StaffLuyangSocialWork);
        var worker = await api.ClientForAsync(DemoIds.WorkerXianqiao);
        async Task<string> CreateAsync(string name, string category, string region) =>
            (await org.DataAsync("""
                mutation($input: CharityProjectInput!) { createCharityProject(input: $input) { id } }
                """, new { input = new { name, categoryCodes = new[] { category }, targetRegionCodes = new[] { region }, capacityHouseholds = 5, startsOn = "2026-11-01" } }))
            ["createCharityProject"]!["id"]!.GetValue<string>();
        var district = await CreateAsync("庐阳·粮油", "GOODS", DemoIds.LuyangDistrict);
        var community = await CreateAsync("仙乔·米面油", "GRAIN_AND_OIL", DemoIds.XianqiaoCommunity);
        var siblingSubDistrict = await CreateAsync("亳州路·粮油", "GOODS", DemoIds.BozhouluSubDistrict);
        var siblingCommunity = await CreateAsync("安庆路·粮油", "GOODS", DemoIds.AnqingluCommunity);
        var otherCategory = await CreateAsync("仙乔·法律", "LEGAL_AID", DemoIds.XianqiaoCommunity);
        var need = await api.ReportNeedAsync();

        var suggested = (await worker.DataAsync("query($id: ID!) { suggestMatches(needId: $id, first: 50) { charityProject { id } } }", new { id = need }))
            ["suggestMatches"]!.AsArray().Select(s => s!["charityProject"]?["id"]?.GetValue<string>()).OfType<string>().ToList();

        Assert.Contains(district, suggested);
        Assert.Contains(community, suggested);
        Assert.DoesNotContain(siblingSubDistrict, suggested);
        Assert.DoesNotContain(siblingCommunity, suggested);
        Assert.DoesNotContain(otherCategory, suggested);
    }

    [Fact]
    public async Task Only_a_social_organisation_runs_projects()
    {
        var donor = await api.ClientForAsync(DemoIds.DonorHefeiTelecom);

        var response = await donor.PostAsync("""
            mutation($input: CharityProjectInput!) { createCharityProject(input: $input) { id } }
            """, new { input = new { name = "电信项目", categoryCodes = new[] { "GOODS" }, targetRegionCodes = new[] { DemoIds.XiaoyaojinSubDistrict }, capacityHouseholds = 5, startsOn = "2026-11-01" } });

        Assert.Equal("VALIDATION", response.FirstErrorCode);
    }
}
