using Marketplace.Core.Households.Members;
using Marketplace.Core.Regions;
using Marketplace.DemoData;
using Marketplace.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Marketplace.Tests.Households.HouseholdMemberTests;

namespace Marketplace.Tests.Households;

/// <summary>One person, one file: an ID number on file anywhere is refused with where it is, and with nothing private to whoever may not see that file.</summary>
public sealed class DuplicatePersonTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string UpdateHousehold = "mutation($id: ID!, $input: HouseholdInput!) { updateHousehold(householdId: $id, input: $input) { id } }";

    [Fact]
    public async Task A_head_on_file_in_another_community_is_refused_with_that_community_and_its_household_only_for_who_may_see_it()
    {
        var xianqiao = await api.ClientForAsync(DemoIds.GridXianqiao);
        var jingan = await api.ClientForAsync(DemoIds.GridJingan);
        var number = IdNumber(1975, 10, 1, 77);
        var first = await RegisterAsync(xianqiao, Household("唐秀珍", number));

        var refused = await jingan.PostAsync(Register, new { input = Household("唐秀珍", number, community: DemoIds.JiangjiaxiangCommunity) });
        var toAnAdmin = await api.Client.PostAsync(Register, new { input = Household("唐秀珍", number, community: DemoIds.JiangjiaxiangCommunity) });

        Assert.Equal("DUPLICATE_PERSON", refused.FirstErrorCode);
        var extensions = refused.Errors![0]!["extensions"]!;
        Assert.Equal(DemoIds.XianqiaoCommunity, extensions["communityCode"]!.GetValue<string>());
        Assert.Equal(await CommunityNameAsync(DemoIds.XianqiaoCommunity), extensions["communityName"]!.GetValue<string>());
        Assert.Equal("idNumber", extensions["field"]!.GetValue<string>());
        Assert.Null(extensions["householdId"]);
        Assert.DoesNotContain(first, refused.RawBody, StringComparison.Ordinal);
        Assert.DoesNotContain("唐秀珍", refused.RawBody, StringComparison.Ordinal);
        Assert.Null(refused.Data);
        Assert.Equal("DUPLICATE_PERSON", toAnAdmin.FirstErrorCode);
        Assert.Equal(first, toAnAdmin.Errors![0]!["extensions"]!["householdId"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_member_on_file_elsewhere_and_a_head_changed_to_a_taken_number_are_refused_and_a_changed_number_is_freed()
    {
        var staff = await api.ClientForAsync(DemoIds.GridXianqiao);
        var (taken, old, changed) = (IdNumber(1980, 1, 2, 11), IdNumber(1981, 3, 4, 13), IdNumber(1981, 3, 4, 15));
        await RegisterAsync(staff, Household("甲户", taken));
        var household = await RegisterAsync(staff, Household("乙户", old));

        var member = await staff.PostAsync(Add, new { id = household, input = Member("甲", idNumber: taken) });
        var toTaken = await staff.PostAsync(UpdateHousehold, new { id = household, input = Household("乙户", taken) });
        await staff.DataAsync(UpdateHousehold, new { id = household, input = Household("乙户", changed) });
        var oldFreed = await staff.PostAsync(Register, new { input = Household("丙户", old) });

        Assert.Equal("DUPLICATE_PERSON", member.FirstErrorCode);
        Assert.Equal("DUPLICATE_PERSON", toTaken.FirstErrorCode);
        Assert.Null(oldFreed.Errors);
        await using var db = await api.Contexts.CreateDbContextAsync();
        Assert.Equal(Guid.Parse(household), (await db.RegisteredIdNumbers.SingleAsync(r => r.IdNumber == changed)).HouseholdId);
    }

    [Fact]
    public async Task The_head_may_be_listed_among_the_members_but_no_one_else_with_the_heads_number()
    {
        var staff = await api.ClientForAsync(DemoIds.GridXianqiao);
        var head = IdNumber(1962, 6, 6, 21);
        var household = await RegisterAsync(staff, Household("钟永福", head));

        var asChild = await staff.PostAsync(Add, new { id = household, input = Member("钟永福", idNumber: head) });
        var asHead = await staff.PostAsync(Add, new { id = household, input = Member("钟永福", "HEAD", idNumber: head) });
        var secondHead = await staff.PostAsync(Add, new { id = household, input = Member("钟二", "HEAD") });

        Assert.Equal("VALIDATION", asChild.FirstErrorCode);
        Assert.Null(asHead.Errors);
        Assert.Equal("relation", secondHead.Errors![0]!["extensions"]!["field"]!.GetValue<string>());
        await using var db = await api.Contexts.CreateDbContextAsync();
        var registered = await db.RegisteredIdNumbers.SingleAsync(r => r.IdNumber == head);
        Assert.NotNull(registered.MemberId);
    }

    [Fact]
    public async Task Four_registrations_of_one_person_at_once_make_one_file_and_three_duplicates()
    {
        var staff = await api.ClientForAsync(DemoIds.GridXianqiao);
        var number = IdNumber(1958, 12, 12, 33);

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => staff.PostAsync(Register, new { input = Household($"同时{i}", number) })));

        Assert.Single(answers, a => a.Errors is null);
        Assert.Equal(3, answers.Count(a => a.FirstErrorCode == "DUPLICATE_PERSON"));
        await using var db = await api.Contexts.CreateDbContextAsync();
        Assert.Equal(1, await db.Set<Core.Households.HouseholdPersonalData>().CountAsync(p => p.IdNumber == number));
    }

    private async Task<string> CommunityNameAsync(string code)
    {
        await using var db = await api.Contexts.CreateDbContextAsync();
        return (await db.Regions.SingleAsync(r => r.Code == code)).Name;
    }

    private static async Task<string> RegisterAsync(GraphQLClient client, object input) =>
        (await client.DataAsync(Register, new { input }))["registerHousehold"]!["id"]!.GetValue<string>();
}
