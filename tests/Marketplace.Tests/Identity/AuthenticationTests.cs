using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Marketplace.DemoData;
using Marketplace.Tests.Infrastructure;

namespace Marketplace.Tests.Identity;

public sealed class AuthenticationTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Anonymous_users_read_public_reference_data()
    {
        var data = await api.Anonymous.DataAsync("{ regions { name } categories { code } region(code: \"340103002001\") { name } }");

        Assert.NotEmpty(data["regions"]!.AsArray());
        Assert.NotEmpty(data["categories"]!.AsArray());
    }

    [Theory]
    [InlineData("{ needs { totalCount } }")]
    [InlineData("{ need(id: \"00000000-0000-0000-0000-000000000000\") { id } }")]
    [InlineData("{ organisations { name } }")]
    [InlineData("{ resources { totalCount } }")]
    [InlineData("{ me { login } }")]
    [InlineData("{ regions { name } needs { totalCount } }")]
    public async Task Anonymous_users_get_401_for_anything_about_needs_households_or_organisations(string query)
    {
        var response = await api.Anonymous.PostAsync(query);

        Assert.Equal(401, response.Status);
        Assert.Equal("UNAUTHENTICATED", response.FirstErrorCode);
        Assert.False(response.Body!.ContainsKey("data"));
    }

    [Fact]
    public async Task Introspection_needs_a_signed_in_user_outside_development()
    {
        var anonymous = await api.Anonymous.PostAsync("{ __schema { queryType { name } } }");
        var signedIn = await api.Client.DataAsync("{ __schema { queryType { name } } }");

        Assert.Equal("UNAUTHENTICATED", anonymous.FirstErrorCode);
        Assert.Equal("Query", signedIn["__schema"]!["queryType"]!["name"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZG1pbiJ9.c2lnbmF0dXJl")]
    public async Task A_token_that_does_not_validate_is_a_401_even_for_public_data(string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = "{ regions { name } }" }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var response = await api.Anonymous.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("UNAUTHENTICATED", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dev_token_lists_the_demo_users_and_refuses_unknown_ones()
    {
        var users = await api.Anonymous.Http.GetFromJsonAsync<List<DemoUser>>("/dev/token");
        var unknown = await api.Anonymous.Http.PostAsJsonAsync("/dev/token", new { user = "nobody" });
        var empty = await api.Anonymous.Http.PostAsJsonAsync("/dev/token", new { });

        Assert.Equal(
            ["ADMIN", "COMMUNITY_STAFF", "DONOR", "SOCIAL_ORG", "SOCIAL_WORKER", "SUBDISTRICT_OFFICER"],
            users!.Select(u => u.Role).Distinct().Order());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
    }

    [Fact]
    public async Task Me_is_the_account_with_its_role_and_scope()
    {
        var worker = await api.ClientForAsync(DemoIds.WorkerXianqiao);
        var donor = await api.ClientForAsync(DemoIds.DonorHefeiTelecom);

        var asWorker = (await worker.DataAsync("{ me { login role regionCode organisationId } }"))["me"]!;
        var asDonor = (await donor.DataAsync("{ me { login role regionCode organisationId } }"))["me"]!;

        Assert.Equal(("SOCIAL_WORKER", DemoIds.XianqiaoCommunity), (asWorker["role"]!.GetValue<string>(), asWorker["regionCode"]!.GetValue<string>()));
        Assert.Equal(("DONOR", DemoIds.HefeiTelecomBranch.ToString()), (asDonor["role"]!.GetValue<string>(), asDonor["organisationId"]!.GetValue<string>()));
    }

    private sealed record DemoUser(string Login, string Role);
}
