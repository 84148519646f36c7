using System.Text.Json.Nodes;
using Marketplace.Core.Households.Members;
using Marketplace.DemoData;
using Marketplace.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Tests.Households;

/// <summary>Members are added, corrected and removed (kept, marked removed); the member count follows them; each act is recorded.</summary>
public sealed class HouseholdMemberTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    public const string Register = "mutation($input: HouseholdInput!) { registerHousehold(input: $input) { id memberCount } }";

    public const string Add = """
        mutation($id: ID!, $input: HouseholdMemberInput!) { addHouseholdMember(householdId: $id, input: $input) {
          memberCount members { id name relation sex birthDate age idNumber disabilityType disabilityGrade schoolStage inFinalYear livesAlone labels } } }
        """;

    public const string Update = """
        mutation($id: ID!, $input: HouseholdMemberInput!) { updateHouseholdMember(memberId: $id, input: $input) { memberCount members { id name disabilityGrade labels } } }
        """;

    public const string Remove = """
        mutation($id: ID!, $reason: String!) { removeHouseholdMember(memberId: $id, reason: $reason) {
          memberCount active: members { id } all: members(includeRemoved: true) { id removedAt removalReason } } }
        """;

    /// <summary>A valid number of a division no demo household is in (Beijing, Chaoyang), so none is on file already.</summary>
    public static string IdNumber(int year, int month, int day, int sequence) => ResidentId.Compose("110105", new DateOnly(year, month, day), sequence);

    public static object Household(string headName, string? idNumber = null, int? memberCount = 3, string[]? labels = null, string community = DemoIds.XianqiaoCommunity) => new
    {
        communityCode = community, latitude = 31.866, longitude = 117.29, memberCount, riskLevel = "MEDIUM",
        headName, idNumber, address = "县桥社区测试楼1栋101", labels = labels ?? [],
    };

    public static object Member(string name, string relation = "CHILD", string sex = "MALE", string? idNumber = null, string? birthDate = null, string[]? labels = null,
        string? disabilityType = null, int? disabilityGrade = null, string? schoolStage = null, bool inFinalYear = false) => new
    {
        name, relation, sex, idNumber, birthDate, labels = labels ?? [], disabilityType, disabilityGrade, schoolStage, inFinalYear,
    };

    [Fact]
    public async Task Members_are_recorded_and_the_member_count_follows_them_once_they_are()
    {
        var staff = await api.ClientForAsync(DemoIds.GridXianqiao);
        var head = IdNumber(1968, 5, 20, 31);
        var household = await RegisterAsync(staff, Household("何建军", head, memberCount: 3));

        var first = await staff.DataAsync(Add, new { id = household, input = Member("何建军", "HEAD", idNumber: head, labels: ["UNEMPLOYED"]) });
        var second = await staff.DataAsync(Add, new
        {
            id = household,
            input = Member("何小雨", sex: "FEMALE", idNumber: IdNumber(2009, 3, 2, 42), schoolStage: "SENIOR_SECONDARY", inFinalYear: true,
                disabilityType: "HEARING", disabilityGrade: 3, labels: ["GRADUATING_STUDENT"]),
        });
        var tooMany = await staff.PostAsync("mutation($id: ID!, $input: HouseholdInput!) { updateHousehold(householdId: $id, input: $input) { id } }",
            new { id = household, input = Household("何建军", head, memberCount: 3) });
        var following = await staff.DataAsync("mutation($id: ID!, $input: HouseholdInput!) { updateHousehold(householdId: $id, input: $input) { memberCount } }",
            new { id = household, input = Household("何建军", head, memberCount: null) });

        // Recorded loosely as 3, the household has the members on file from the first one on.
        Assert.Equal(1, first["addHouseholdMember"]!["memberCount"]!.GetValue<int>());
        var members = second["addHouseholdMember"]!["members"]!.AsArray();
        Assert.Equal(2, second["addHouseholdMember"]!["memberCount"]!.GetValue<int>());
        Assert.Equal(["HEAD", "CHILD"], members.Select(m => m!["relation"]!.GetValue<string>()));
        var daughter = members[1]!;
        // The birth date comes from the ID number; the age is counted in China, on the day the test runs.
        Assert.Equal("2009-03-02", daughter["birthDate"]!.GetValue<string>());
        Assert.Equal(MemberReads.AgeOn(new DateOnly(2009, 3, 2), DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8))), daughter["age"]!.GetValue<int>());
        Assert.Equal("HEARING", daughter["disabilityType"]!.GetValue<string>());
        Assert.True(daughter["inFinalYear"]!.GetValue<bool>());
        Assert.Equal("VALIDATION", tooMany.FirstErrorCode);
        Assert.Equal("memberCount", tooMany.Errors![0]!["extensions"]!["field"]!.GetValue<string>());
        Assert.Equal(2, following["updateHousehold"]!["memberCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_removed_member_is_kept_with_why_and_their_number_is_freed_for_where_they_live_now()
    {
        var staff = await api.ClientForAsync(DemoIds.GridXianqiao);
        var son = IdNumber(1990, 8, 8, 15);
        var household = await RegisterAsync(staff, Household("罗桂兰", memberCount: 2));
        await staff.DataAsync(Add, new { id = household, input = Member("罗桂兰", "HEAD", sex: "FEMALE", birthDate: "1950-02-03") });
        var added = await staff.DataAsync(Add, new { id = household, input = Member("罗志强", idNumber: son) });
        var memberId = added["addHouseholdMember"]!["members"]!.AsArray()[1]!["id"]!.GetValue<string>();
        var elsewhere = await RegisterAsync(staff, Household("罗志强", memberCount: 1));

        var takenWhileThere = await staff.PostAsync(Add, new { id = elsewhere, input = Member("罗志强", "HEAD", idNumber: son) });
        var removed = await staff.DataAsync(Remove, new { id = memberId, reason = "迁出，在安庆路社区另立户" });
        var again = await staff.PostAsync(Remove, new { id = memberId, reason = "重复" });
        var moved = await staff.DataAsync(Add, new { id = elsewhere, input = Member("罗志强", "HEAD", idNumber: son) });

        Assert.Equal("DUPLICATE_PERSON", takenWhileThere.FirstErrorCode);
        var after = removed["removeHouseholdMember"]!;
        Assert.Equal(1, after["memberCount"]!.GetValue<int>());
        Assert.Single(after["active"]!.AsArray());
        var kept = Assert.Single(after["all"]!.AsArray(), m => m!["id"]!.GetValue<string>() == memberId)!;
        Assert.NotNull(kept["removedAt"]);
        Assert.Equal("迁出，在安庆路社区另立户", kept["removalReason"]!.GetValue<string>());
        Assert.Equal("INVALID_TRANSITION", again.FirstErrorCode);
        Assert.Equal(1, moved["addHouseholdMember"]!["memberCount"]!.GetValue<int>());
        await using var db = await api.Contexts.CreateDbContextAsync();
        var registered = await db.RegisteredIdNumbers.SingleAsync(r => r.IdNumber == son);
        Assert.Equal(Guid.Parse(elsewhere), registered.HouseholdId);
        var log = await api.Client.DataAsync("""query($id: String!) { adminAuditLog(filter: { subjectType: "HouseholdMember", subjectId: $id }) { action actor after } }""", new { id = memberId });
        Assert.Equal(["householdMember.removed", "householdMember.added"], log["adminAuditLog"]!.AsArray().Select(e => e!["action"]!.GetValue<string>()));
        // The log says which member and which household, never who they are.
        Assert.DoesNotContain("罗志强", log["adminAuditLog"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_correction_is_recorded_by_the_fields_it_changed_and_the_last_member_is_not_removed()
    {
        var staff = await api.ClientForAsync(DemoIds.GridXianqiao);
        var household = await RegisterAsync(staff, Household("单一", memberCount: 1));
        var added = await staff.DataAsync(Add, new { id = household, input = Member("单一", "HEAD", disabilityType: "PHYSICAL", disabilityGrade: 3) });
        var memberId = added["addHouseholdMember"]!["members"]!.AsArray()[0]!["id"]!.GetValue<string>();

        var corrected = await staff.DataAsync(Update, new { id = memberId, input = Member("单一", "HEAD", disabilityType: "PHYSICAL", disabilityGrade: 1, labels: ["SEVERE_DISABILITY"]) });
        var last = await staff.PostAsync(Remove, new { id = memberId, reason = "去世" });
        var log = await api.Client.DataAsync("""query($id: String!) { adminAuditLog(filter: { subjectType: "HouseholdMember", subjectId: $id }) { action after } }""", new { id = memberId });

        Assert.Equal(1, corrected["updateHouseholdMember"]!["members"]!.AsArray()[0]!["disabilityGrade"]!.GetValue<int>());
        Assert.Equal("VALIDATION", last.FirstErrorCode);
        var update = log["adminAuditLog"]!.AsArray().First()!;
        Assert.Equal("householdMember.updated", update["action"]!.GetValue<string>());
        var changed = JsonNode.Parse(update["after"]!.GetValue<string>())!["changed"]!.AsArray().Select(f => f!.GetValue<string>());
        Assert.Equal(["disabilityGrade", "labels"], changed);
    }

    [Theory]
    [InlineData("11010519681320003X", null, "MALE", "idNumber")]        // not a date
    [InlineData("110105196805200314", null, "MALE", "idNumber")]        // does not check (8)
    [InlineData("110105196805200318", "1968-05-21", "MALE", "birthDate")] // the number says 1968-05-20
    [InlineData("110105196805200318", null, "FEMALE", "sex")]           // the 17th digit is odd: a man
    public async Task A_member_whose_number_does_not_check_or_agree_is_refused_naming_the_field(string idNumber, string? birthDate, string sex, string field)
    {
        var staff = await api.ClientForAsync(DemoIds.GridXianqiao);
        var household = await RegisterAsync(staff, Household("校验户", memberCount: 2));

        var refused = await staff.PostAsync(Add, new { id = household, input = Member("校验", idNumber: idNumber, birthDate: birthDate, sex: sex) });

        Assert.Equal("110105196805200318", IdNumber(1968, 5, 20, 31));
        Assert.Equal("VALIDATION", refused.FirstErrorCode);
        Assert.Equal(field, refused.Errors![0]!["extensions"]!["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task Only_those_who_keep_the_file_record_its_members()
    {
        var staff = await api.ClientForAsync(DemoIds.GridXianqiao);
        var household = await RegisterAsync(staff, Household("权限户", memberCount: 2));

        var worker = await (await api.ClientForAsync(DemoIds.WorkerXianqiao)).PostAsync(Add, new { id = household, input = Member("某人") });
        var otherCommunity = await (await api.ClientForAsync(DemoIds.GridJingan)).PostAsync(Add, new { id = household, input = Member("某人") });
        var donor = await (await api.ClientForAsync(DemoIds.DonorHefeiTelecom)).PostAsync(Add, new { id = household, input = Member("某人") });
        var officer = await (await api.ClientForAsync(DemoIds.OfficerXiaoyaojin)).PostAsync(Add, new { id = household, input = Member("某人") });

        Assert.Equal("FORBIDDEN", worker.FirstErrorCode);
        Assert.Equal("FORBIDDEN", otherCommunity.FirstErrorCode);
        Assert.Equal("FORBIDDEN", donor.FirstErrorCode);
        Assert.Null(officer.Errors);
    }

    private static async Task<string> RegisterAsync(GraphQLClient client, object input) =>
        (await client.DataAsync(Register, new { input }))["registerHousehold"]!["id"]!.GetValue<string>();
}
