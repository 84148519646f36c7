using System.Security.Claims;

namespace Marketplace.Api.GraphQL.Transport;

/// <summary>The times by which a graphql-transport-ws connection is closed, whatever it is doing.</summary>
public static class ConnectionDeadlines
{
    /// <summary>4408 for a connection that has not sent `connection_init` (and been acknowledged) in time.</summary>
    public static async Task CloseUnlessInitialisedAsync(WebSocketFraming socket, TimeSpan timeout, Func<bool> initialised)
    {
        try
        {
            await Task.Delay(timeout, socket.Closing);
            if (!initialised()) await socket.CloseAsync(4408, "Connection initialisation timeout");
        }
        catch (OperationCanceledException)
        {
            // Closed before the timeout.
        }
    }

    /// <summary>
    /// 4403 once the connection's token expires ("exp"), if it says when: a connection lives no
    /// longer than its token; the client signs in again and reconnects.
    /// </summary>
    public static async Task CloseWhenExpiredAsync(WebSocketFraming socket, ClaimsPrincipal user)
    {
        if (!long.TryParse(user.FindFirstValue("exp"), out var seconds)) return;
        var expires = DateTimeOffset.FromUnixTimeSeconds(seconds);
        try
        {
            // In steps of a day at most: a delay cannot be longer than about 24 days.
            for (var left = expires - DateTimeOffset.UtcNow; left > TimeSpan.Zero; left = expires - DateTimeOffset.UtcNow)
            {
                await Task.Delay(left < TimeSpan.FromDays(1) ? left : TimeSpan.FromDays(1), socket.Closing);
            }
            await socket.CloseAsync(4403, "Forbidden: the token has expired; sign in again and reconnect");
        }
        catch (OperationCanceledException)
        {
            // Closed before the token expired.
        }
    }
}
