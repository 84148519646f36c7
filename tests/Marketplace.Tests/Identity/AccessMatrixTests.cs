using Marketplace.Core.Needs;
using Marketplace.Core.Projects;
using Marketplace.Core.Resources;
using Marketplace.DemoData;
using Marketplace.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Tests.Identity;

/// <summary>
/// Every role × every query × inside and outside its scope: allowed, or refused with FORBIDDEN.
/// Anonymous access is in <see cref="AuthenticationTests"/>.
/// </summary>
public sealed class AccessMatrixTests(AccessMatrixTests.Fixture api) : IClassFixture<AccessMatrixTests.Fixture>
{
    private const string Staff = DemoIds.GridXianqiao;
    private const string Worker = DemoIds.WorkerXianqiao;
    private const string Officer = DemoIds.OfficerXiaoyaojin;
    private const string Donor = DemoIds.DonorHefeiTelecom;
    private const string SocialOrg = DemoIds.StaffLuyangSocialWork;
    private const string Admin = DemoIds.Admin;
    private static readonly string[] Everyone = [Staff, Worker, Officer, Donor, SocialOrg, Admin];

    /// <summary>Query name → the logins allowed to run it; everyone else gets FORBIDDEN.</summary>
    private static readonly Dictionary<string, string[]> AllowedTo = new()
    {
        ["regions"] = Everyone,
        ["categories"] = Everyone,
        ["me"] = Everyone,
        ["needs in Xianqiao"] = Everyone,
        ["needs in Jing'an"] = [Donor, SocialOrg, Admin],
        ["need in Xianqiao"] = Everyone,
        ["need in Jing'an"] = [Donor, SocialOrg, Admin],
        ["need's private description"] = [Staff, Officer, Admin],
        ["need's exact location"] = [Staff, Officer, Admin],
        ["need's household"] = [Staff, Worker, Officer, Admin],
        ["household's head name"] = [Staff, Officer, Admin],
        ["need's timeline"] = [Staff, Worker, Officer, Admin],
        ["need's matches"] = [Staff, Worker, Officer, Admin],
        ["organisations"] = Everyone,
        ["organisation"] = Everyone,
        ["resources"] = Everyone,
        ["resource"] = Everyone,
        ["charity projects"] = Everyone,
        ["charity project"] = Everyone,
        ["personal data log of Xianqiao"] = [Officer, Admin],
        ["personal data log of Jing'an"] = [Admin],
    };

    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var query in AllowedTo.Keys)
        {
            foreach (var login in Everyone) cases.Add(query, login);
        }
        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_role_is_allowed_or_refused_as_its_scope_says(string query, string login)
    {
        var client = await api.ClientForAsync(login);

        var response = await client.PostAsync(api.Document(query));

        if (AllowedTo[query].Contains(login))
        {
            Assert.True(response.Errors is null, $"{login} should be allowed '{query}': {response.Errors?.ToJsonString()}");
        }
        else
        {
            Assert.True("FORBIDDEN" == response.FirstErrorCode, $"{login} should be refused '{query}': {response.RawBody}");
        }
    }

    [Fact]
    public async Task Without_a_region_filter_staff_see_only_their_area()
    {
        var staff = await api.ClientForAsync(Staff);
        await using var db = await api.Contexts.CreateDbContextAsync();
        var inXianqiao = await db.Needs.CountAsync(n => n.RegionCode == DemoIds.XianqiaoCommunity);

        var data = await staff.DataAsync("{ needs { totalCount } }");

        Assert.Equal(inXianqiao, data["needs"]!["totalCount"]!.GetValue<int>());
    }

    public sealed class Fixture : ApiFixture
    {
        private readonly Dictionary<string, string> _documents = [];

        public string Document(string query) => _documents[query];

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            await using var db = await Contexts.CreateDbContextAsync();
            // A Xianqiao need of a household of which the demo social worker holds no need, and one in Jing'an.
            var xianqiao = await db.Needs
                .Where(n => n.RegionCode == DemoIds.XianqiaoCommunity && n.Status == NeedStatus.Reported)
                .Where(n => !db.Set<Need>().Any(other => other.HouseholdId == n.HouseholdId && other.ClaimedBy == Worker))
                .OrderBy(n => n.Id).Select(n => n.Id).FirstAsync();
            var jingan = await db.Needs.Where(n => n.RegionCode.StartsWith("310106")).OrderBy(n => n.Id).Select(n => n.Id).FirstAsync();
            var organisation = DemoIds.HefeiTelecomBranch;
            var resource = await db.Resources.OrderBy(r => r.Id).Select(r => r.Id).FirstAsync();
            var project = await db.CharityProjects.OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();

            _documents["regions"] = "{ regions { name } }";
            _documents["categories"] = "{ categories { code } }";
            _documents["me"] = "{ me { login } }";
            _documents["needs in Xianqiao"] = $$"""{ needs(filter: { regionCode: "{{DemoIds.XianqiaoCommunity}}" }) { totalCount nodes { publicSummary } } }""";
            _documents["needs in Jing'an"] = $$"""{ needs(filter: { regionCode: "{{DemoIds.JinganDistrict}}" }) { totalCount } }""";
            _documents["need in Xianqiao"] = $$"""{ need(id: "{{xianqiao}}") { publicSummary urgency approximateLocation { coordinates } } }""";
            _documents["need in Jing'an"] = $$"""{ need(id: "{{jingan}}") { publicSummary } }""";
            _documents["need's private description"] = $$"""{ need(id: "{{xianqiao}}") { privateDescription } }""";
            _documents["need's exact location"] = $$"""{ need(id: "{{xianqiao}}") { location { coordinates } } }""";
            _documents["need's household"] = $$"""{ need(id: "{{xianqiao}}") { household { memberCount riskLevel } } }""";
            _documents["household's head name"] = $$"""{ need(id: "{{xianqiao}}") { household { headName } } }""";
            _documents["need's timeline"] = $$"""{ need(id: "{{xianqiao}}") { timeline { kind } } }""";
            _documents["need's matches"] = $$"""{ need(id: "{{xianqiao}}") { matches { status } } }""";
            _documents["organisations"] = "{ organisations { name } }";
            _documents["organisation"] = $$"""{ organisation(id: "{{organisation}}") { name } }""";
            _documents["resources"] = "{ resources { totalCount } }";
            _documents["resource"] = $$"""{ resource(id: "{{resource}}") { title } }""";
            _documents["charity projects"] = "{ charityProjects { name } }";
            _documents["charity project"] = $$"""{ charityProject(id: "{{project}}") { name targetRegions { name } } }""";
            _documents["personal data log of Xianqiao"] = $$"""{ personalDataReads(regionCode: "{{DemoIds.XianqiaoCommunity}}") { reader field } }""";
            _documents["personal data log of Jing'an"] = $$"""{ personalDataReads(regionCode: "{{DemoIds.JinganDistrict}}") { reader field } }""";
        }
    }
}
