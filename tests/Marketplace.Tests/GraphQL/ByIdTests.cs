using Marketplace.Api.GraphQL.BatchLoading;
using Marketplace.Core.Households;
using Marketplace.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Tests.GraphQL;

/// <summary>The one loader by primary key: per request, and never for personal data.</summary>
public sealed class ByIdTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public void Each_request_gets_its_own_loader_so_no_cache_outlives_what_its_caller_may_see()
    {
        using var first = api.Services.CreateScope();
        using var second = api.Services.CreateScope();

        var loader = first.ServiceProvider.GetRequiredService<ById<Household, Guid>>();

        Assert.Same(loader, first.ServiceProvider.GetRequiredService<ById<Household, Guid>>());
        Assert.NotSame(loader, second.ServiceProvider.GetRequiredService<ById<Household, Guid>>());
    }

    [Fact]
    public void Personal_data_cannot_be_loaded_by_id()
    {
        using var scope = api.Services.CreateScope();

        var refused = Assert.ThrowsAny<Exception>(() => scope.ServiceProvider.GetRequiredService<ById<HouseholdPersonalData, Guid>>());

        Assert.Contains("personal data", (refused.InnerException ?? refused).Message, StringComparison.Ordinal);
    }
}
