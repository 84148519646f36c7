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

/// <summary>
/// Fields a feature adds to a type of a feature below it (Household.needs is added by Needs,
/// Need.matches by Matching), so that a relation both ways in the schema is an arrow one way in
/// the code. The type applies them last (<see cref="FieldsOfExtensions.AddFieldsFrom"/>).
/// </summary>
public sealed record FieldsOf<TGraphType>(Action<TGraphType> Add);

public static class FieldsOfExtensions
{
    public static IServiceCollection AddFieldsOf<TGraphType>(this IServiceCollection services, Action<TGraphType> add) =>
        services.AddSingleton(new FieldsOf<TGraphType>(add));

    public static void AddFieldsFrom<TGraphType>(this TGraphType type, IEnumerable<FieldsOf<TGraphType>> features)
    {
        foreach (var feature in features) feature.Add(type);
    }
}
