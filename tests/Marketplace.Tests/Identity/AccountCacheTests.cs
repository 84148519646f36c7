using Marketplace.Api.Identity;
using Marketplace.DemoData;
using Marketplace.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Marketplace.Tests.Identity;

/// <summary>The caller's account is read once and kept for a while, not read again on every request.</summary>
public sealed class AccountCacheTests(AccountCacheTests.Fixture api) : IClassFixture<AccountCacheTests.Fixture>
{
    private const string Me = "{ me { login role } }";

    [Fact]
    public async Task Requests_after_the_first_do_not_read_the_account_again()
    {
        var worker = await api.ClientForAsync(DemoIds.WorkerJingan);
        await worker.DataAsync(Me);
        api.Counter.Reset();

        await worker.DataAsync(Me);
        await worker.DataAsync(Me);

        Assert.DoesNotContain(api.Counter.Statements, s => s.Contains("FROM user_accounts", StringComparison.Ordinal));
    }

    [Fact]
    public async Task When_the_accounts_cannot_be_read_the_answer_is_503_DATABASE_UNAVAILABLE()
    {
        var token = (await api.ClientForAsync(DemoIds.WorkerXuzhou)).Http.DefaultRequestHeaders.Authorization;
        // The same API on a database that does not answer: nothing listens on port 1.
        await using var unreachable = new WebApplicationFactory<Program>().WithWebHostBuilder(web => web
            .UseEnvironment("Testing")
            .UseSetting("ConnectionStrings:Marketplace", "Host=127.0.0.1;Port=1;Database=marketplace;Username=marketplace;Password=marketplace;Timeout=5")
            .UseSetting("Claims:SweepEnabled", "false"));
        var http = unreachable.CreateClient();
        http.DefaultRequestHeaders.Authorization = token;

        var response = await new GraphQLClient(http).PostAsync(Me);

        Assert.True(response.Status == 503, response.RawBody);
        Assert.Equal("DATABASE_UNAVAILABLE", response.FirstErrorCode);
        Assert.False(response.Body!.ContainsKey("data"));
    }

    public sealed class Fixture : ApiFixture
    {
        public SqlStatementCounter Counter { get; } = new();

        protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<IInterceptor>(Counter);
    }
}

/// <summary>The price of keeping accounts: a deactivation takes effect once the kept copy expires, not before.</summary>
public sealed class AccountDeactivationTests(AccountDeactivationTests.Fixture api) : IClassFixture<AccountDeactivationTests.Fixture>
{
    private const string Me = "{ me { login role } }";

    [Fact]
    public async Task A_deactivated_account_is_refused_once_its_kept_copy_expires()
    {
        var worker = await api.ClientForAsync(DemoIds.WorkerXinjing);
        await worker.DataAsync(Me);

        await using (var connection = new NpgsqlConnection(api.ConnectionString))
        {
            await connection.OpenAsync();
            await using var deactivate = new NpgsqlCommand($"UPDATE user_accounts SET is_active = false WHERE login = '{DemoIds.WorkerXinjing}'", connection);
            await deactivate.ExecuteNonQueryAsync();
        }
        await Task.Delay(Fixture.KeptFor + TimeSpan.FromMilliseconds(250));
        var response = await worker.PostAsync(Me);

        Assert.Equal("FORBIDDEN", response.FirstErrorCode);
    }

    public sealed class Fixture : ApiFixture
    {
        public static readonly TimeSpan KeptFor = TimeSpan.FromSeconds(1);

        protected override void ConfigureServices(IServiceCollection services) =>
            services.Configure<MarketplaceAuthenticationOptions>(options => options.AccountCacheDuration = KeptFor);
    }
}
