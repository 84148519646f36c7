namespace Marketplace.Api.GraphQL.Transport;

/// <summary>Limits of the GraphQL endpoint, bound from the "GraphQL" configuration section.</summary>
public sealed class GraphQLOptions
{
    public const string Section = "GraphQL";

    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);
    public long MaxRequestBodyBytes { get; set; } = 1_000_000;
    public int MaxParserDepth { get; set; } = 64;
    public int MaxQueryDepth { get; set; } = 12;

    /// <summary>For operations that only introspect the schema: tools' standard introspection query is 13 deep.</summary>
    public int MaxIntrospectionDepth { get; set; } = 20;
    public int MaxQueryComplexity { get; set; } = 5_000;
}
