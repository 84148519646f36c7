namespace Marketplace.Api.GraphQL.Transport;

/// <summary>An operation's outcome as graphql-transport-ws messages for its id.</summary>
public sealed class TransportWsDelivery(WebSocketFraming socket, TransportWsMessages messages, int maxQueuedEvents)
{
    /// <summary>
    /// A subscription's events, then `complete`; a query's result as `next` then `complete`; any
    /// refusal as `error`. <paramref name="release"/> frees the operation's id just before its last
    /// message, so that a client may reuse the id as soon as it reads that message.
    /// </summary>
    public async Task DeliverAsync(string id, GraphQLOutcome outcome, Action release, CancellationToken cancellationToken)
    {
        if (outcome.Stream is { } stream)
        {
            var pump = new EventPump(maxQueuedEvents);
            var ending = await pump.RunAsync(stream, (result, ct) => socket.SendAsync(messages.Next(id, result), ct), cancellationToken);
            release();
            await socket.SendAsync(ending is null ? messages.Complete(id) : messages.Error(id, ending), cancellationToken);
        }
        else if (outcome.Kind != GraphQLOutcomeKind.Result || !outcome.Result.Executed || outcome.IsSubscription)
        {
            // Refused before any data, with the codes HTTP gives: does not parse, invalid, past its
            // time, or a stream that could not start (FORBIDDEN, say).
            release();
            await socket.SendAsync(messages.Error(id, outcome.Result), cancellationToken);
        }
        else
        {
            await socket.SendAsync(messages.Next(id, outcome.Result), cancellationToken);
            release();
            await socket.SendAsync(messages.Complete(id), cancellationToken);
        }
    }
}
