namespace Marketplace.Api.GraphQL.Transport;

/// <summary>An operation's outcome as graphql-transport-ws messages for its id.</summary>
public sealed class TransportWsDelivery(WebSocketFraming socket, TransportWsMessages messages, int maxQueuedEvents)
{
    /// <summary>A subscription's events, then `complete`; a query's result as `next` then `complete`; any refusal as `error`.</summary>
    public async Task DeliverAsync(string id, GraphQLOutcome outcome, CancellationToken cancellationToken)
    {
        if (outcome.Stream is { } stream)
        {
            var pump = new EventPump(maxQueuedEvents);
            var ending = await pump.RunAsync(stream, (result, ct) => socket.SendAsync(messages.Next(id, result), ct), cancellationToken);
            await socket.SendAsync(ending is null ? messages.Complete(id) : messages.Error(id, ending), cancellationToken);
        }
        else if (outcome.Kind != GraphQLOutcomeKind.Result || !outcome.Result.Executed || outcome.IsSubscription)
        {
            // Refused before any data, with the codes HTTP gives: does not parse, invalid, past its
            // time, or a stream that could not start (FORBIDDEN, say).
            await socket.SendAsync(messages.Error(id, outcome.Result), cancellationToken);
        }
        else
        {
            await socket.SendAsync(messages.Next(id, outcome.Result), cancellationToken);
            await socket.SendAsync(messages.Complete(id), cancellationToken);
        }
    }
}
