using ExecutionContext = GraphQL.Execution.ExecutionContext;
using GraphQL.Execution;
using Marketplace.Api.GraphQL.Errors;

namespace Marketplace.Api.GraphQL;

/// <summary>
/// Resolves each event of a subscription like a request of its own: a fresh service scope (fresh
/// batch loaders, so nothing stale from an earlier event), acting for the subscriber, and the
/// personal-data reads on record before the event is sent — or the event is not sent.
/// </summary>
public sealed class EventScopedSubscriptionStrategy(ILogger<EventScopedSubscriptionStrategy> logger) : SubscriptionExecutionStrategy
{
    protected override async ValueTask<ExecutionResult> ProcessDataAsync(ExecutionContext context, ExecutionNode node, object? value)
    {
        var services = context.RequestServices ?? throw new InvalidOperationException("A subscription needs request services.");
        await using var scope = services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentViewer>().ActFor(context.User ?? throw new InvalidOperationException("A subscription needs a user."));
        context.RequestServices = scope.ServiceProvider;

        var result = await base.ProcessDataAsync(context, node, value);
        try
        {
            await BeforeAnswer.CompleteAsync(scope.ServiceProvider, context.CancellationToken);
            return result;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Could not record personal-data reads; the event was withheld.");
            return new ExecutionResult
            {
                Executed = true,
                Errors = [new ExecutionError("Something went wrong on our side; it has been logged.") { Code = GraphQLErrorCodes.InternalError }],
            };
        }
    }
}
