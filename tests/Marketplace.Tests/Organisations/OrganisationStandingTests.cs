using Marketplace.DemoData;
using Marketplace.Tests.Infrastructure;

namespace Marketplace.Tests.Organisations;

/// <summary>
/// A suspended organisation offers nothing: its resources are held (not suggested, no matches),
/// its staff cannot post; what households were promised stands and is listed for follow-up.
/// Verified again, its resources open again.
/// </summary>
public sealed class OrganisationStandingTests(CaseworkFixture api) : IClassFixture<CaseworkFixture>
{
    private const string Suspend = """
        mutation($id: ID!, $reason: String!) { suspendOrganisation(organisationId: $id, reason: $reason) { isSuspended isVerified suspendedAt suspensionReason } }
        """;
    private const string Verify = "mutation($id: ID!) { verifyOrganisation(organisationId: $id) { isSuspended isVerified suspendedAt } }";
    private const string Propose = "mutation($input: ProposeMatchInput!) { proposeMatch(input: $input) { id } }";
    private const string Accept = "mutation($id: ID!) { acceptMatch(matchId: $id) { status } }";

    [Fact]
    public async Task Suspending_holds_its_resources_keeps_its_accepted_matches_for_follow_up_and_verifying_again_restores_them()
    {
        var officer = await api.ClientForAsync(DemoIds.OfficerXiaoyaojin);
        var worker = await api.ClientForAsync(DemoIds.WorkerXianqiao);
        var donor = await api.ClientForAsync(DemoIds.DonorHefeiTelecom);
        var resource = await api.PostResourceAsync(quantity: 3);
        var promised = await ProposeAsync(worker, await ClaimedNeedAsync(worker), resource);
        await donor.DataAsync(Accept, new { id = promised });
        var waiting = await ClaimedNeedAsync(worker);
        var suggestedBefore = await SuggestedResourcesAsync(worker, waiting);

        var suspended = await officer.DataAsync(Suspend, new { id = DemoIds.HefeiTelecomBranch, reason = "资质年检未通过" });
        var suggestedWhile = await SuggestedResourcesAsync(worker, waiting);
        var heldStatus = await ResourceStatusAsync(resource);
        var proposal = await worker.PostAsync(Propose, new { input = new { needId = waiting, resourceId = resource } });
        var posting = await donor.PostAsync("""
            mutation($input: ResourceInput!) { postResource(input: $input) { id } }
            """, new { input = new { categoryCode = "GRAIN_AND_OIL", kind = "GOODS", title = "米", quantity = 1, unit = "袋", latitude = api.HouseholdPoint.Latitude, longitude = api.HouseholdPoint.Longitude, serviceRadiusMeters = 3000 } });
        var followUp = await officer.DataAsync("{ matchesToFollowUp { id status } }");
        var seenByStaff = await donor.DataAsync("query($id: ID!) { organisation(id: $id) { isSuspended suspensionReason } }", new { id = DemoIds.HefeiTelecomBranch });
        var seenByOthers = await (await api.ClientForAsync(DemoIds.DonorEyeHospital)).PostAsync(
            "query($id: ID!) { organisation(id: $id) { isSuspended suspensionReason } }", new { id = DemoIds.HefeiTelecomBranch });
        var again = await officer.PostAsync(Suspend, new { id = DemoIds.HefeiTelecomBranch, reason = "再次" });

        var verified = await officer.DataAsync(Verify, new { id = DemoIds.HefeiTelecomBranch });
        var suggestedAfter = await SuggestedResourcesAsync(worker, waiting);
        var followUpAfter = await officer.DataAsync("{ matchesToFollowUp { id } }");
        var log = await api.Client.DataAsync("query($id: String!) { adminAuditLog(filter: { subjectType: \"Organisation\", subjectId: $id }) { action actor } }",
            new { id = DemoIds.HefeiTelecomBranch.ToString() });

        Assert.Contains(resource, suggestedBefore);
        Assert.True(suspended["suspendOrganisation"]!["isSuspended"]!.GetValue<bool>());
        Assert.False(suspended["suspendOrganisation"]!["isVerified"]!.GetValue<bool>());
        Assert.DoesNotContain(resource, suggestedWhile);
        Assert.Equal("HELD", heldStatus);
        Assert.Equal("INVALID_TRANSITION", proposal.FirstErrorCode);
        Assert.Equal("ORGANISATION_SUSPENDED", posting.FirstErrorCode);
        Assert.Contains("资质年检未通过", posting.Errors![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains(followUp["matchesToFollowUp"]!.AsArray(), m => m!["id"]!.GetValue<string>() == promised && m["status"]!.GetValue<string>() == "ACCEPTED");
        Assert.Equal("资质年检未通过", seenByStaff["organisation"]!["suspensionReason"]!.GetValue<string>());
        Assert.Equal("FORBIDDEN", seenByOthers.FirstErrorCode);
        Assert.Equal("INVALID_TRANSITION", again.FirstErrorCode);
        Assert.False(verified["verifyOrganisation"]!["isSuspended"]!.GetValue<bool>());
        Assert.True(verified["verifyOrganisation"]!["isVerified"]!.GetValue<bool>());
        Assert.Equal("OPEN", await ResourceStatusAsync(resource));
        Assert.Contains(resource, suggestedAfter);
        Assert.DoesNotContain(followUpAfter["matchesToFollowUp"]!.AsArray(), m => m!["id"]!.GetValue<string>() == promised);
        Assert.Equal(["organisation.verified", "organisation.suspended"], log["adminAuditLog"]!.AsArray().Select(e => e!["action"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Only_the_officers_of_its_area_and_admins_decide_and_a_reason_is_required()
    {
        await api.Client.DataAsync("""
            mutation { createUserAccount(input: { login: "officer.bozhoulu", displayName: "亳州路街道", role: SUBDISTRICT_OFFICER, regionCode: "340103001000" }) { login } }
            """);
        var elsewhere = await api.ClientForAsync("officer.bozhoulu");
        var donor = await api.ClientForAsync(DemoIds.DonorEyeHospital);

        var byOtherOfficer = await elsewhere.PostAsync(Suspend, new { id = DemoIds.HefeiTelecomBranch, reason = "越权" });
        var byDonor = await donor.PostAsync(Suspend, new { id = DemoIds.HefeiTelecomBranch, reason = "越权" });
        var noReason = await api.Client.PostAsync(Suspend, new { id = DemoIds.HefeiTelecomBranch, reason = "  " });
        var unknown = await api.Client.PostAsync(Verify, new { id = Guid.NewGuid() });
        var alreadyVerified = await api.Client.PostAsync(Verify, new { id = DemoIds.HefeiTelecomBranch });

        Assert.Equal("FORBIDDEN", byOtherOfficer.FirstErrorCode);
        Assert.Equal("FORBIDDEN", byDonor.FirstErrorCode);
        Assert.Equal("VALIDATION", noReason.FirstErrorCode);
        Assert.Equal("NOT_FOUND", unknown.FirstErrorCode);
        Assert.Equal("INVALID_TRANSITION", alreadyVerified.FirstErrorCode);
        Assert.Equal("OPEN", await ResourceStatusAsync(DemoIds.HefeiTelecomSmartphoneClass.ToString()));
    }

    [Fact]
    public async Task Acceptances_racing_a_suspension_are_each_either_done_before_it_or_refused_and_capacity_stays_exact()
    {
        var officer = await api.ClientForAsync(DemoIds.OfficerXiaoyaojin);
        var worker = await api.ClientForAsync(DemoIds.WorkerXianqiao);
        var donor = await api.ClientForAsync(DemoIds.DonorHefeiTelecom);
        var resource = await api.PostResourceAsync(quantity: 6);
        var proposals = new List<string>();
        for (var i = 0; i < 6; i++) proposals.Add(await ProposeAsync(worker, await ClaimedNeedAsync(worker), resource));

        var acceptances = proposals.Select(id => donor.PostAsync(Accept, new { id })).ToList();
        var suspension = officer.PostAsync(Suspend, new { id = DemoIds.HefeiTelecomBranch, reason = "并发测试" });
        var answers = await Task.WhenAll(acceptances);
        Assert.Null((await suspension).Errors);
        var state = await api.Client.DataAsync("query($id: ID!) { resource(id: $id) { status remainingCapacity } }", new { id = resource });
        await officer.DataAsync(Verify, new { id = DemoIds.HefeiTelecomBranch });

        var accepted = answers.Count(a => a.Errors is null);
        Assert.All(answers.Where(a => a.Errors is not null), a => Assert.Contains(a.FirstErrorCode, new[] { "INVALID_TRANSITION", "ORGANISATION_SUSPENDED" }));
        Assert.Equal("HELD", state["resource"]!["status"]!.GetValue<string>());
        Assert.Equal(6 - accepted, state["resource"]!["remainingCapacity"]!.GetValue<int>());
    }

    private async Task<string> ClaimedNeedAsync(GraphQLClient worker)
    {
        var need = await api.ReportNeedAsync();
        await worker.DataAsync("mutation($id: ID!) { claimNeed(needId: $id) { status } }", new { id = need });
        return need;
    }

    private static async Task<string> ProposeAsync(GraphQLClient worker, string need, string resource) =>
        (await worker.DataAsync(Propose, new { input = new { needId = need, resourceId = resource } }))["proposeMatch"]!["id"]!.GetValue<string>();

    private static async Task<List<string>> SuggestedResourcesAsync(GraphQLClient worker, string need) =>
        [.. (await worker.DataAsync("query($id: ID!) { suggestMatches(needId: $id, first: 50) { resource { id } } }", new { id = need }))["suggestMatches"]!.AsArray()
            .Select(s => s!["resource"]?["id"]?.GetValue<string>()).OfType<string>()];

    private async Task<string> ResourceStatusAsync(string resource) =>
        (await api.Client.DataAsync("query($id: ID!) { resource(id: $id) { status } }", new { id = resource }))["resource"]!["status"]!.GetValue<string>();
}
