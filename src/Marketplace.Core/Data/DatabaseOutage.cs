using System.Net.Sockets;
using Npgsql;

namespace Marketplace.Core.Data;

/// <summary>
/// Tells an outage of the database (refused or dropped connections, a server shutting down or
/// starting, too many connections) from a fault of ours, anywhere in an exception's chain (EF
/// Core and GraphQL wrap it): the first is answered DATABASE_UNAVAILABLE, 503 with Retry-After.
/// Conflicts the database reports (deadlocks, serialization failures) are not outages.
/// </summary>
public static class DatabaseOutage
{
    public static bool IsCause(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException postgres:
                    // 08: connection exception; 57P01–57P03: shutdown or not yet accepting; 53300: too many connections.
                    return postgres.SqlState.StartsWith("08", StringComparison.Ordinal)
                        || postgres.SqlState.StartsWith("57P0", StringComparison.Ordinal)
                        || postgres.SqlState == PostgresErrorCodes.TooManyConnections;
                case NpgsqlException { IsTransient: true }:
                case NpgsqlException { InnerException: SocketException or IOException or TimeoutException }:
                case SocketException:
                    return true;
            }
        }
        return false;
    }
}
