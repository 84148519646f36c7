using GraphQL.Types;

namespace Marketplace.Api.Schema;

/// <summary>Fields a feature adds to the query root.</summary>
public sealed record QueryFields(Action<ObjectGraphType> Add);

/// <summary>Fields a feature adds to the mutation root.</summary>
public sealed record MutationFields(Action<ObjectGraphType> Add);

/// <summary>Fields a feature adds to the subscription root.</summary>
public sealed record SubscriptionFields(Action<ObjectGraphType> Add);

/// <summary>How a feature's setup adds its fields to the roots, which name no feature.</summary>
public static class SchemaFields
{
    public static IServiceCollection AddQueryFields(this IServiceCollection services, Action<ObjectGraphType> add) =>
        services.AddSingleton(new QueryFields(add));

    public static IServiceCollection AddMutationFields(this IServiceCollection services, Action<ObjectGraphType> add) =>
        services.AddSingleton(new MutationFields(add));

    public static IServiceCollection AddSubscriptionFields(this IServiceCollection services, Action<ObjectGraphType> add) =>
        services.AddSingleton(new SubscriptionFields(add));
}
