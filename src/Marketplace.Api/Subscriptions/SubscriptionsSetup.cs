using Marketplace.Api.Schema;

namespace Marketplace.Api.Subscriptions;

public static class SubscriptionsSetup
{
    public static IServiceCollection AddLiveUpdates(this IServiceCollection services)
    {
        services.AddSingleton<ChangeFeed>();
        services.AddHostedService(provider => provider.GetRequiredService<ChangeFeed>());
        return services.AddSubscriptionFields(ChangeSubscriptions.AddChangeSubscriptions);
    }
}
