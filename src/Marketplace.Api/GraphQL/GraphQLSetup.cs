using System.Text.Encodings.Web;
using GraphQL.Validation.Errors.Custom;
using GraphQLParser.AST;
using Marketplace.Api.GraphQL.Authorization;
using Marketplace.Api.GraphQL.Errors;
using Marketplace.Api.GraphQL.Transport;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Marketplace.Api.GraphQL;

public static class GraphQLSetup
{
    public const string Path = "/graphql";

    public static WebApplicationBuilder AddMarketplaceGraphQL(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<GraphQLOptions>().Bind(builder.Configuration.GetSection(GraphQLOptions.Section));
        var limits = builder.Configuration.GetSection(GraphQLOptions.Section).Get<GraphQLOptions>() ?? new GraphQLOptions();

        services.AddGraphQL(graphQL => graphQL
            // Chinese comes back as Chinese, not \uXXXX escapes.
            .AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .AddErrorInfoProvider<MarketplaceErrorInfoProvider>()
            .AddValidationRule<AuthorizationValidationRule>()
            .AddExecutionStrategy<EventScopedSubscriptionStrategy>(OperationType.Subscription)
            // The limits are checked here rather than by MaxDepth and MaxComplexity, so that tools'
            // own introspection query is answered: it is 13 levels deep (nested `ofType`) and, by
            // the analyser's list multipliers, a million "complex", yet it reads nothing but the
            // schema, whose size bounds it. Such an operation gets a depth limit of its own.
            .AddComplexityAnalyzer(complexity => complexity.ValidateComplexityDelegate = context =>
            {
                var introspection = IsIntrospectionOnly(context.ValidationContext.Operation);
                var maxDepth = introspection ? limits.MaxIntrospectionDepth : limits.MaxQueryDepth;
                if (context.MaxDepth > maxDepth)
                {
                    context.Error = new ComplexityError($"The document is nested {context.MaxDepth} levels deep; at most {maxDepth} are allowed.");
                }
                else if (!introspection && context.TotalImpact > limits.MaxQueryComplexity)
                {
                    context.Error = new ComplexityError(
                        $"The document asks for too much at once (complexity {context.TotalImpact:0}; at most {limits.MaxQueryComplexity}); ask for fewer items or fewer nested fields.");
                }
                return Task.CompletedTask;
            })
            .AddUnhandledExceptionHandler(context =>
            {
                var logger = context.Context?.RequestServices?.GetService<ILoggerFactory>()?.CreateLogger("Marketplace.GraphQL");
                logger?.LogError(context.OriginalException, "Unhandled error in {Field}", context.FieldContext?.FieldDefinition.Name);
            }));

        // One loader per entity type and request: its cache never outlives what the caller may see.
        services.AddScoped(typeof(ById<,>));
        services.AddSingleton<ValidatedDocuments>();
        services.AddSingleton<GraphQLRequestExecutor>();
        services.AddSingleton<GraphQLHttpEndpoint>();
        services.AddOptions<SubscriptionOptions>().Bind(builder.Configuration.GetSection(SubscriptionOptions.Section));
        services.AddSingleton<GraphQLWebSocketEndpoint>();
        return builder;
    }

    public static WebApplication MapMarketplaceGraphQL(this WebApplication app)
    {
        var maxBody = app.Services.GetRequiredService<IOptions<GraphQLOptions>>().Value.MaxRequestBodyBytes;
        // The same path serves GraphQL over HTTP and, for upgrade requests, over WebSocket.
        app.UseWebSockets();
        // Kestrel stops an oversized body early; the endpoint checks again for hosts that do not.
        app.Map(Path, (HttpContext http, GraphQLHttpEndpoint endpoint, GraphQLWebSocketEndpoint webSockets) =>
                http.WebSockets.IsWebSocketRequest ? webSockets.HandleAsync(http) : endpoint.HandleAsync(http))
            .WithMetadata(new RequestSizeLimitAttribute(maxBody));
        return app;
    }

    /// <summary>
    /// Answers a request whose account could not be read (the database is out of reach) with 503
    /// UNAVAILABLE in the shape of a GraphQL response, rather than an empty 500. Goes before
    /// authentication, which is where the account is read.
    /// </summary>
    public static WebApplication UseUnavailableAnswers(this WebApplication app)
    {
        app.Use(async (http, next) =>
        {
            try
            {
                await next(http);
            }
            catch (AccountsUnavailableException e) when (!http.Response.HasStarted)
            {
                await http.RequestServices.GetRequiredService<GraphQLHttpEndpoint>().WriteUnavailableAsync(http, e.Message);
            }
        });
        return app;
    }

    /// <summary>An operation that selects nothing but the schema's description (__schema, __type, __typename).</summary>
    private static bool IsIntrospectionOnly(GraphQLOperationDefinition operation) =>
        operation.SelectionSet.Selections.All(s => s is GraphQLField field && field.Name.Value.Span.StartsWith("__"));
}
