using Marketplace.Core.Accounts;
using Marketplace.Core.Identity;
using Marketplace.Core.Onboarding;
using Marketplace.DemoData;
using Marketplace.Tests.Infrastructure;

namespace Marketplace.Tests.Onboarding;

/// <summary>An organisation applies without an account; an officer of its sub-district decides; its staff then works.</summary>
public sealed class OnboardingTests(ApiFixture api) : IClassFixture<ApiFixture>, IAsyncLifetime
{
    private const string Apply = """
        mutation($input: OrganisationApplicationInput!, $key: String) {
          applyForOrganisation(input: $input, idempotencyKey: $key) { id reference status }
        }
        """;
    private const string ByReference = """
        query($reference: String!) { organisationApplication(reference: $reference) { status rejectionReason staffLogin } }
        """;
    private const string OtherOfficer = "officer.jiangjiaxiang";
    private static int _codes;

    public async Task InitializeAsync()
    {
        await using var db = await api.Contexts.CreateDbContextAsync();
        if (!db.UserAccounts.Any(u => u.Login == OtherOfficer))
        {
            db.UserAccounts.Add(new UserAccount { Login = OtherOfficer, DisplayName = "蒋家巷街道干部", Role = Role.SubDistrictOfficer, RegionCode = "310106006000" });
            await db.SaveChangesAsync();
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_enterprise_applies_the_officer_approves_and_its_new_staff_posts_a_resource()
    {
        var code = NewCode();
        var applied = await api.Anonymous.DataAsync(Apply, new { input = Application(code) });
        var reference = applied["applyForOrganisation"]!["reference"]!.GetValue<string>();
        var id = applied["applyForOrganisation"]!["id"]!.GetValue<string>();
        var officer = await api.ClientForAsync(DemoIds.OfficerXiaoyaojin);

        var pending = await officer.DataAsync("{ organisationApplications(status: PENDING) { reference contactPhone creditCode } }");
        var approved = await officer.DataAsync("mutation($id: ID!) { approveOrganisation(applicationId: $id) { status staffLogin organisation { name isVerified } } }", new { id });
        var staffLogin = approved["approveOrganisation"]!["staffLogin"]!.GetValue<string>();
        var seen = await api.Anonymous.DataAsync(ByReference, new { reference });
        var staff = await api.ClientForAsync(staffLogin);
        var posted = await staff.DataAsync("""
            mutation($input: ResourceInput!) { postResource(input: $input) { organisation { name } status } }
            """, new { input = new { categoryCode = "HOUSEKEEPING", kind = "SERVICE", title = "上门保洁", quantity = 10, unit = "次", latitude = 31.866, longitude = 117.29, serviceRadiusMeters = 3000 } });

        Assert.Equal("PENDING", applied["applyForOrganisation"]!["status"]!.GetValue<string>());
        Assert.Contains(pending["organisationApplications"]!.AsArray(), a => a!["reference"]!.GetValue<string>() == reference && a["creditCode"]!.GetValue<string>() == code);
        Assert.Equal("APPROVED", approved["approveOrganisation"]!["status"]!.GetValue<string>());
        Assert.True(approved["approveOrganisation"]!["organisation"]!["isVerified"]!.GetValue<bool>());
        Assert.Equal("APPROVED", seen["organisationApplication"]!["status"]!.GetValue<string>());
        Assert.Equal(staffLogin, seen["organisationApplication"]!["staffLogin"]!.GetValue<string>());
        Assert.Equal("县桥家政服务有限公司", posted["postResource"]!["organisation"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_applicant_reads_the_outcome_by_reference_but_not_what_only_deciders_see()
    {
        var applied = await api.Anonymous.DataAsync(Apply, new { input = Application(NewCode()) });
        var reference = applied["applyForOrganisation"]!["reference"]!.GetValue<string>();

        var asApplicant = await api.Anonymous.PostAsync("query($reference: String!) { organisationApplication(reference: $reference) { status contactPhone } }", new { reference });
        var unknown = await api.Anonymous.DataAsync(ByReference, new { reference = "OA00000000" });

        Assert.Equal("PENDING", asApplicant.Data!["organisationApplication"]!["status"]!.GetValue<string>());
        Assert.Equal("FORBIDDEN", asApplicant.FirstErrorCode);
        Assert.Null(unknown["organisationApplication"]);
    }

    [Fact]
    public async Task The_same_code_cannot_apply_twice_while_pending_nor_once_registered()
    {
        var code = NewCode();
        var first = await api.Anonymous.DataAsync(Apply, new { input = Application(code) });
        var whilePending = await api.Anonymous.PostAsync(Apply, new { input = Application(code) });
        var officer = await api.ClientForAsync(DemoIds.OfficerXiaoyaojin);
        await officer.DataAsync("mutation($id: ID!) { approveOrganisation(applicationId: $id) { status } }", new { id = first["applyForOrganisation"]!["id"]!.GetValue<string>() });
        var onceRegistered = await api.Anonymous.PostAsync(Apply, new { input = Application(code) });

        Assert.Equal("CONFLICT", whilePending.FirstErrorCode);
        Assert.Equal("CONFLICT", onceRegistered.FirstErrorCode);
        Assert.Contains("registered", onceRegistered.Errors![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Applications_sent_at_once_with_one_code_make_one_and_the_others_get_conflict()
    {
        var code = NewCode();

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => api.Anonymous.PostAsync(Apply, new { input = Application(code) })));

        Assert.Single(answers, a => a.Errors is null);
        Assert.All(answers.Where(a => a.Errors is not null), a => Assert.Equal("CONFLICT", a.FirstErrorCode));
    }

    [Fact]
    public async Task Two_approvals_at_once_naming_one_login_make_one_account_and_the_other_gets_conflict()
    {
        var officer = await api.ClientForAsync(DemoIds.OfficerXiaoyaojin);
        var ids = new List<string>();
        foreach (var _ in Enumerable.Range(0, 4))
        {
            ids.Add((await api.Anonymous.DataAsync(Apply, new { input = Application(NewCode()) }))["applyForOrganisation"]!["id"]!.GetValue<string>());
        }

        var answers = await Task.WhenAll(ids.Select(id => officer.PostAsync(
            "mutation($id: ID!) { approveOrganisation(applicationId: $id, staffLogin: \"staff.xianqiao-home\") { status } }", new { id })));

        Assert.Single(answers, a => a.Errors is null);
        Assert.All(answers.Where(a => a.Errors is not null), a => Assert.Equal("CONFLICT", a.FirstErrorCode));
        var pending = await officer.DataAsync("{ organisationApplications(status: PENDING) { id } }");
        Assert.Equal(3, pending["organisationApplications"]!.AsArray().Count(a => ids.Contains(a!["id"]!.GetValue<string>())));
    }

    [Fact]
    public async Task A_repeated_idempotency_key_returns_the_first_application()
    {
        var code = NewCode();

        var first = await api.Anonymous.DataAsync(Apply, new { input = Application(code), key = "apply-1" });
        var again = await api.Anonymous.DataAsync(Apply, new { input = Application(code), key = "apply-1" });

        Assert.Equal(first["applyForOrganisation"]!["reference"]!.GetValue<string>(), again["applyForOrganisation"]!["reference"]!.GetValue<string>());
    }

    [Fact]
    public async Task Bad_input_is_refused_naming_the_field_and_nothing_is_written()
    {
        var badCode = await api.Anonymous.PostAsync(Apply, new { input = Application("914403001922038217") });
        var notACommunity = await api.Anonymous.PostAsync(Apply, new { input = Application(NewCode()) with { regionCode = DemoIds.XiaoyaojinSubDistrict } });
        var unknownCategory = await api.Anonymous.PostAsync(Apply, new { input = Application(NewCode()) with { categoryCodes = new[] { "NO_SUCH" } } });

        Assert.Equal("VALIDATION", badCode.FirstErrorCode);
        Assert.Contains("should be '6'", badCode.Errors![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("VALIDATION", notACommunity.FirstErrorCode);
        Assert.Equal("VALIDATION", unknownCategory.FirstErrorCode);
        await using var db = await api.Contexts.CreateDbContextAsync();
        Assert.False(db.OrganisationApplications.Any(a => a.CreditCode == "914403001922038217"));
    }

    [Fact]
    public async Task Only_the_applicants_sub_district_decides_a_rejection_carries_its_reason_and_a_decision_is_final()
    {
        var applied = await api.Anonymous.DataAsync(Apply, new { input = Application(NewCode()) });
        var id = applied["applyForOrganisation"]!["id"]!.GetValue<string>();
        var reference = applied["applyForOrganisation"]!["reference"]!.GetValue<string>();
        var elsewhere = await api.ClientForAsync(OtherOfficer);
        var donor = await api.ClientForAsync(DemoIds.DonorHefeiTelecom);
        var officer = await api.ClientForAsync(DemoIds.OfficerXiaoyaojin);

        var byOtherOfficer = await elsewhere.PostAsync("mutation($id: ID!) { approveOrganisation(applicationId: $id) { status } }", new { id });
        var byDonor = await donor.PostAsync("mutation($id: ID!) { approveOrganisation(applicationId: $id) { status } }", new { id });
        var noReason = await officer.PostAsync("mutation($id: ID!) { rejectOrganisation(applicationId: $id, reason: \" \") { status } }", new { id });
        await officer.DataAsync("mutation($id: ID!) { rejectOrganisation(applicationId: $id, reason: \"营业执照与名称不符\") { status } }", new { id });
        var again = await officer.PostAsync("mutation($id: ID!) { approveOrganisation(applicationId: $id) { status } }", new { id });
        var seen = await api.Anonymous.DataAsync(ByReference, new { reference });

        Assert.Equal("FORBIDDEN", byOtherOfficer.FirstErrorCode);
        Assert.Equal("FORBIDDEN", byDonor.FirstErrorCode);
        Assert.Equal("VALIDATION", noReason.FirstErrorCode);
        Assert.Equal("INVALID_TRANSITION", again.FirstErrorCode);
        Assert.Equal("REJECTED", seen["organisationApplication"]!["status"]!.GetValue<string>());
        Assert.Equal("营业执照与名称不符", seen["organisationApplication"]!["rejectionReason"]!.GetValue<string>());
    }

    /// <summary>A valid code no other test uses: a fixed head, a running number, and its check character.</summary>
    private static string NewCode()
    {
        var head = $"91340103MA{Interlocked.Increment(ref _codes) + (Environment.ProcessId % 1000) * 100:D7}";
        return head + CreditCode.CheckCharacter(head);
    }

    private static ApplicationInput Application(string code) => new(
        "县桥家政服务有限公司", "ENTERPRISE", code, DemoIds.XianqiaoCommunity, 31.866, 117.29, "庐阳区县桥街 18 号", "李经理", "0551-6288 1234", ["HOUSEKEEPING"]);

    private sealed record ApplicationInput(
        string name, string kind, string creditCode, string regionCode, double latitude, double longitude, string address,
        string contactName, string contactPhone, string[] categoryCodes);
}
