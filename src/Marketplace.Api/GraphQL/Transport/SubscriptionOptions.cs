namespace Marketplace.Api.GraphQL.Transport;

/// <summary>Limits of the WebSocket transport, bound from the "Subscriptions" configuration section.</summary>
public sealed class SubscriptionOptions
{
    public const string Section = "Subscriptions";

    /// <summary>How long a client has to send `connection_init` after connecting.</summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(5);

    public int MaxMessageBytes { get; set; } = 1_000_000;

    /// <summary>
    /// How long one message may take to go out. A client that takes longer has stopped reading
    /// (the socket's buffers are full): the connection is aborted rather than left to hold its
    /// operations and the server's memory.
    /// </summary>
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Operations one connection may run at once: each holds a service scope and a place in the
    /// change feed. Past it, a `subscribe` gets an `error` message (TOO_MANY_SUBSCRIPTIONS) and
    /// the connection stays open.
    /// </summary>
    public int MaxOperationsPerConnection { get; set; } = 20;

    /// <summary>
    /// Events of one subscription resolved but not yet sent, while the client reads slower than
    /// they come. Past it the subscription ends with an `error` message (SUBSCRIBER_TOO_SLOW):
    /// see <see cref="EventPump"/>.
    /// </summary>
    public int MaxQueuedEventsPerOperation { get; set; } = 100;
}
