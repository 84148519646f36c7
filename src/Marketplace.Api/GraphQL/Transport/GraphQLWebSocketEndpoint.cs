using System.Net.WebSockets;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Marketplace.Api.GraphQL.Transport;

/// <summary>
/// Accepts WebSocket connections on the GraphQL path that speak `graphql-transport-ws` (the
/// protocol of the npm `graphql-ws` library) and runs one <see cref="GraphQLTransportWsProtocol"/>
/// over <see cref="WebSocketFraming"/> each.
/// </summary>
public sealed class GraphQLWebSocketEndpoint(
    GraphQLRequestExecutor executor,
    IGraphQLTextSerializer serializer,
    IOptions<SubscriptionOptions> options,
    ILogger<GraphQLTransportWsProtocol> logger)
{
    public const string SubProtocol = "graphql-transport-ws";

    public async Task HandleAsync(HttpContext http)
    {
        if (!http.WebSockets.WebSocketRequestedProtocols.Contains(SubProtocol))
        {
            // The protocol asks servers to refuse other subprotocols: accept, then close with 4406.
            using var refused = await http.WebSockets.AcceptWebSocketAsync();
            await refused.CloseAsync((WebSocketCloseStatus)4406, "Subprotocol not acceptable: use graphql-transport-ws", http.RequestAborted);
            return;
        }
        using var socket = await http.WebSockets.AcceptWebSocketAsync(SubProtocol);
        using var framing = new WebSocketFraming(socket, options.Value.MaxMessageBytes, options.Value.SendTimeout);
        var protocol = new GraphQLTransportWsProtocol(framing, executor, serializer, options.Value, payload => AuthenticateAsync(http, payload), logger);
        await protocol.RunAsync(http.RequestAborted);
    }

    /// <summary>
    /// The token sent in `connection_init` (payload `authorization: "Bearer …"`, since browsers cannot
    /// set headers on a WebSocket), or else the upgrade request's own header, authenticated by the
    /// same handler and claims transformation as HTTP requests. Without a token the connection is
    /// anonymous (and every subscription asks for one); with a token that fails, null. The
    /// connection's user becomes the request's, for anything that reads it there.
    /// </summary>
    private static async Task<ClaimsPrincipal?> AuthenticateAsync(HttpContext http, JsonElement payload)
    {
        var user = await ReadUserAsync(http, payload);
        if (user is not null) http.User = user;
        return user;
    }

    private static async Task<ClaimsPrincipal?> ReadUserAsync(HttpContext http, JsonElement payload)
    {
        var header = payload.ValueKind == JsonValueKind.Object && payload.TryGetProperty("authorization", out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
        if (header is null) return http.Request.Headers.Authorization.Count == 0 || http.User.Identity?.IsAuthenticated == true ? http.User : null;

        await using var scope = http.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        var probe = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        probe.Request.Headers.Authorization = header;
        var result = await probe.AuthenticateAsync();
        return result.Succeeded ? result.Principal : null;
    }
}
