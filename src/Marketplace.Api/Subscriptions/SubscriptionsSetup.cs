using Marketplace.Api.Hosting;

namespace Marketplace.Api.Subscriptions;

public static class SubscriptionsSetup
{
    public static IServiceCollection AddLiveUpdates(this IServiceCollection services) => services
        .AddSingleton<ChangeFeed>()
        .AddHostedService(provider => provider.GetRequiredService<ChangeFeed>())
        .AddSubscriptionFields(ChangeSubscriptions.AddChangeSubscriptions)
        .AddHealthChecks().AddCheck<ChangeFeedListening>("change-feed", tags: [HealthSetup.Ready]).Services;
}
