namespace Marketplace.Api.Schema;

public sealed class MarketplaceSchema : global::GraphQL.Types.Schema
{
    public MarketplaceSchema(IServiceProvider services, QueryType query, MutationType mutation, SubscriptionType subscription) : base(services)
    {
        Query = query;
        Mutation = mutation;
        Subscription = subscription;
        Description = "Marketplace: the needs list of households in difficulty, and the donors, social organisations and charity projects that serve it.";
    }
}
