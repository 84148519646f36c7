using GraphQL.Utilities;

namespace Marketplace.Api.Schema;

public static class SchemaSetup
{
    /// <summary>The schema and every graph type of this assembly; the engine's plumbing is set up by GraphQLSetup.</summary>
    public static WebApplicationBuilder AddMarketplaceSchema(this WebApplicationBuilder builder)
    {
        builder.Services.AddGraphQL(graphQL => graphQL
            .AddSchema<MarketplaceSchema>()
            .AddGraphTypes(typeof(MarketplaceSchema).Assembly));
        return builder;
    }

    /// <summary>The schema as SDL, as committed in schema/marketplace.graphql.</summary>
    public static string PrintSchema(IServiceProvider services) =>
        services.GetRequiredService<MarketplaceSchema>().Print(new PrintOptions
        {
            IncludeDescriptions = true,
            IncludeDeprecationReasons = true,
            StringComparison = StringComparison.Ordinal,
        }).ReplaceLineEndings("\n").TrimEnd() + "\n";
}
