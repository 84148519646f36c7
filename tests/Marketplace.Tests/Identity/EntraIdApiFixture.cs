using System.Net;
using System.Net.Http.Headers;
using Marketplace.Core.Accounts;
using Marketplace.Core.Identity;
using Marketplace.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Marketplace.Tests.Identity;

/// <summary>
/// The API in EntraId mode, as production runs it (environment Production, Kestrel on 127.0.0.1),
/// pointed at a <see cref="LocalOpenIdIssuer"/> by configuration only: the AzureAd section that
/// Microsoft.Identity.Web reads, nothing in code. Accounts are written straight to the database.
/// </summary>
public sealed class EntraIdApiFixture : DatabaseFixture
{
    /// <summary>How long an account is kept once read: the bound on how late a deactivation takes effect.</summary>
    public static readonly TimeSpan KeptFor = TimeSpan.FromSeconds(1);

    private WebApplicationFactory<Program>? _api;

    public LocalOpenIdIssuer Issuer { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Issuer = await LocalOpenIdIssuer.StartAsync();
        _api = ApiFixture.HostOn(ConnectionString).WithWebHostBuilder(web => web
            .UseEnvironment("Production")
            .UseSetting("Authentication:Mode", "EntraId")
            .UseSetting("Authentication:AccountCacheDuration", KeptFor.ToString())
            .UseSetting("AzureAd:Instance", Issuer.Instance)
            .UseSetting("AzureAd:TenantId", Issuer.TenantId)
            .UseSetting("AzureAd:ClientId", Issuer.ClientId)
            // Two settings only because the local issuer speaks plain HTTP: the bearer handler may read its
            // metadata, and Microsoft.Identity.Web's issuer validator, which reads the metadata again with a
            // reader of its own that insists on HTTPS, is told the issuer instead (it still checks tid).
            .UseSetting("AzureAd:RequireHttpsMetadata", "false")
            .UseSetting("AzureAd:TokenValidationParameters:ValidIssuer", Issuer.Issuer));
        // A port of the system's choosing (UseKestrel(0) fell back to port 5000, taken by a second fixture).
        _api.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _api.StartServer();
    }

    /// <summary>A client sending this bearer token, over HTTP to the API's port.</summary>
    public GraphQLClient ClientWith(string token)
    {
        var http = _api!.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new GraphQLClient(http);
    }

    /// <summary>A social worker of Xianqiao, as an administrator would make one: unlinked unless given an oid.</summary>
    public async Task<UserAccount> AddAccountAsync(string login, string? email = null, string? objectId = null, bool active = true)
    {
        var account = new UserAccount
        {
            Login = login,
            DisplayName = login,
            Email = email,
            ExternalId = objectId,
            Role = Role.SocialWorker,
            RegionCode = DemoData.DemoIds.XianqiaoCommunity,
            IsActive = active,
        };
        await using var db = await Contexts.CreateDbContextAsync();
        db.UserAccounts.Add(account);
        await db.SaveChangesAsync();
        return account;
    }

    public override async Task DisposeAsync()
    {
        if (_api is not null) await _api.DisposeAsync();
        if (Issuer is not null) await Issuer.DisposeAsync();
        await base.DisposeAsync();
    }
}
