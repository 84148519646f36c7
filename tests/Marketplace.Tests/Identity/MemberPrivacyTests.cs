using Marketplace.Core.Households.Members;
using Marketplace.Core.Needs;
using Marketplace.DemoData;
using Marketplace.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Tests.Identity;

/// <summary>A household's members are as private as its identity: the same people see them, everyone else gets FORBIDDEN, and every read is logged.</summary>
public sealed class MemberPrivacyTests(MemberPrivacyTests.Fixture api) : IClassFixture<MemberPrivacyTests.Fixture>
{
    private const string Members = """query($id: ID!) { need(id: $id) { household { memberCount members { name idNumber age disabilityType } } } }""";

    [Fact]
    public async Task The_social_worker_holding_a_need_sees_the_members_and_another_social_worker_does_not()
    {
        var holder = await (await api.ClientForAsync(DemoIds.WorkerXianqiao)).PostAsync(Members, new { id = api.HeldNeedId });
        var other = await (await api.ClientForAsync(DemoIds.Worker2Xianqiao)).PostAsync(Members, new { id = api.HeldNeedId });

        Assert.Null(holder.Errors);
        Assert.Contains(api.MemberName, holder.RawBody, StringComparison.Ordinal);
        Assert.Equal("FORBIDDEN", other.FirstErrorCode);
        Assert.Equal(["need", "household", "members"], other.Errors![0]!["path"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.NotNull(other.Data!["need"]!["household"]!["memberCount"]);
        Assert.DoesNotContain(api.MemberName, other.RawBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_donor_gets_no_household_and_so_no_members()
    {
        var donor = await (await api.ClientForAsync(DemoIds.DonorHefeiTelecom)).PostAsync(Members, new { id = api.HeldNeedId });

        Assert.Equal("FORBIDDEN", donor.FirstErrorCode);
        Assert.DoesNotContain(api.MemberName, donor.RawBody, StringComparison.Ordinal);
        Assert.DoesNotContain(api.MemberIdNumber, donor.RawBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_staff_of_a_community_the_household_left_see_its_old_need_but_not_its_members()
    {
        // The household moved to Anqinglu: its cancelled need stays in Xianqiao, whose staff read it.
        var staff = await api.ClientForAsync(DemoIds.GridXianqiao);
        var officer = await api.ClientForAsync(DemoIds.OfficerXiaoyaojin);

        var refused = await staff.PostAsync(Members, new { id = api.NeedLeftBehind });
        var allowed = await officer.PostAsync(Members, new { id = api.NeedLeftBehind });

        Assert.Equal("FORBIDDEN", refused.FirstErrorCode);
        Assert.DoesNotContain("搬家者", refused.RawBody, StringComparison.Ordinal);
        Assert.Null(allowed.Errors);
        Assert.Contains("搬家者", allowed.RawBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_read_of_members_is_on_record_and_a_refusal_is_not()
    {
        var staff = await api.ClientForAsync(DemoIds.GridXianqiao);
        var other = await api.ClientForAsync(DemoIds.Worker2Xianqiao);
        var officer = await api.ClientForAsync(DemoIds.OfficerXiaoyaojin);

        await staff.DataAsync("query($id: ID!) { need(id: $id) { household { members(includeRemoved: true) { name } } } }", new { id = api.HeldNeedId });
        await other.PostAsync(Members, new { id = api.HeldNeedId });
        var log = await officer.DataAsync($$"""{ personalDataReads(regionCode: "{{DemoIds.XianqiaoCommunity}}", first: 100) { reader field householdId } }""");

        var entries = log["personalDataReads"]!.AsArray().Select(r => (Reader: r!["reader"]!.GetValue<string>(), Field: r["field"]!.GetValue<string>())).ToList();
        Assert.Contains((DemoIds.GridXianqiao, "members"), entries);
        Assert.DoesNotContain((DemoIds.Worker2Xianqiao, "members"), entries);
    }

    public sealed class Fixture : ApiFixture
    {
        public Guid HeldNeedId { get; private set; }
        public string NeedLeftBehind { get; private set; } = "";
        public string MemberName { get; } = "隐私测试成员";
        public string MemberIdNumber { get; } = ResidentId.Compose("110105", new DateOnly(2001, 4, 5), 52);

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            await using (var db = await Contexts.CreateDbContextAsync())
            {
                var open = NeedStatuses.Open;
                var need = await db.Needs.Where(n => n.ClaimedBy == DemoIds.WorkerXianqiao && open.Contains(n.Status)).OrderBy(n => n.Id).FirstAsync();
                HeldNeedId = need.Id;
                await Client.DataAsync("mutation($id: ID!, $input: HouseholdMemberInput!) { addHouseholdMember(householdId: $id, input: $input) { id } }", new
                {
                    id = need.HouseholdId,
                    input = new { name = MemberName, relation = "GRANDCHILD", sex = "FEMALE", idNumber = MemberIdNumber, disabilityType = "VISUAL", disabilityGrade = 2 },
                });
            }

            var officer = await ClientForAsync(DemoIds.OfficerXiaoyaojin);
            var household = (await officer.DataAsync("mutation($input: HouseholdInput!) { registerHousehold(input: $input) { id } }", new
            {
                input = new { communityCode = DemoIds.XianqiaoCommunity, latitude = 31.866, longitude = 117.29, memberCount = 1, riskLevel = "LOW", headName = "搬家者", address = "县桥社区某楼" },
            }))["registerHousehold"]!["id"]!.GetValue<string>();
            await officer.DataAsync("mutation($id: ID!, $input: HouseholdMemberInput!) { addHouseholdMember(householdId: $id, input: $input) { id } }",
                new { id = household, input = new { name = "搬家者", relation = "HEAD", sex = "MALE" } });
            NeedLeftBehind = (await officer.DataAsync("mutation($input: ReportNeedInput!) { reportNeed(input: $input) { id } }",
                new { input = new { householdId = household, categoryCode = "LEGAL_AID", publicSummary = "需要法律咨询" } }))["reportNeed"]!["id"]!.GetValue<string>();
            await officer.DataAsync("mutation($id: ID!) { cancelNeed(needId: $id, reason: \"已由其他渠道解决\") { status } }", new { id = NeedLeftBehind });
            await officer.DataAsync("mutation($id: ID!, $input: HouseholdInput!) { updateHousehold(householdId: $id, input: $input) { id } }", new
            {
                id = household,
                input = new { communityCode = DemoIds.AnqingluCommunity, latitude = 31.87, longitude = 117.29, riskLevel = "LOW", headName = "搬家者", address = "安庆路社区某楼" },
            });
        }
    }
}
