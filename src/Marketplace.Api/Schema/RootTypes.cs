namespace Marketplace.Api.Schema;

/// <summary>The query root: each feature adds its fields (<see cref="SchemaFields.AddQueryFields"/>).</summary>
public sealed class QueryType : ObjectGraphType
{
    public QueryType(IEnumerable<QueryFields> features)
    {
        Name = "Query";
        // Signed-in users only, but for the fields that say AllowAnonymous (public reference data).
        this.AuthorizeWithPolicy(IdentitySetup.SignedInPolicy);
        foreach (var feature in features) feature.Add(this);
    }
}

/// <summary>The mutation root: each feature adds its commands. All act as the signed-in user.</summary>
public sealed class MutationType : ObjectGraphType
{
    public MutationType(IEnumerable<MutationFields> features)
    {
        Name = "Mutation";
        this.AuthorizeWithPolicy(IdentitySetup.SignedInPolicy);
        foreach (var feature in features) feature.Add(this);
    }
}

/// <summary>
/// The subscription root, served over WebSocket (graphql-transport-ws). Each event is resolved in
/// a service scope of its own, as the subscriber, through the same privacy guard as any query.
/// </summary>
public sealed class SubscriptionType : ObjectGraphType
{
    public SubscriptionType(IEnumerable<SubscriptionFields> features)
    {
        Name = "Subscription";
        this.AuthorizeWithPolicy(IdentitySetup.SignedInPolicy);
        foreach (var feature in features) feature.Add(this);
    }
}
