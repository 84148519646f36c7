using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Marketplace.Tests.Identity;

/// <summary>Which authentication mode runs where. No database is reached: both fail or answer before.</summary>
public sealed class AuthenticationModeTests
{
    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public void Local_tokens_are_refused_outside_development_and_the_tests(string environment)
    {
        using var factory = Host(environment, mode: "Local");

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains($"refused in {environment}", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dev_token_does_not_exist_outside_local_mode()
    {
        using var factory = Host("Production", mode: "EntraId");
        using var client = factory.CreateClient();

        var list = await client.GetAsync("/dev/token");
        var issue = await client.PostAsync("/dev/token", new StringContent("""{"user":"admin"}""", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.NotFound, list.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, issue.StatusCode);
    }

    private static WebApplicationFactory<Program> Host(string environment, string mode) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(web => web
            .UseEnvironment(environment)
            .UseSetting("ConnectionStrings:Marketplace", "Host=127.0.0.1;Port=1;Database=unused")
            .UseSetting("Authentication:Mode", mode)
            .UseSetting("AzureAd:TenantId", "00000000-0000-0000-0000-000000000001")
            .UseSetting("AzureAd:ClientId", "00000000-0000-0000-0000-000000000002"));
}
