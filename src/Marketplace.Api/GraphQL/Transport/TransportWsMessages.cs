using System.Buffers;
using System.Text.Json;

namespace Marketplace.Api.GraphQL.Transport;

/// <summary>The server's graphql-transport-ws messages, as UTF-8 JSON; results written by the engine's serializer.</summary>
public sealed class TransportWsMessages(IGraphQLTextSerializer serializer)
{
    public static readonly byte[] ConnectionAck = Message("connection_ack", id: null, payload: null);
    public static readonly byte[] Pong = Message("pong", id: null, payload: null);

    public byte[] Next(string id, ExecutionResult result) => Message("next", id, serializer.Serialize(result));

    /// <summary>An `error` message: its payload is the result's errors alone.</summary>
    public byte[] Error(string id, ExecutionResult result)
    {
        using var document = JsonDocument.Parse(serializer.Serialize(result));
        var errors = document.RootElement.TryGetProperty("errors", out var list) ? list.GetRawText() : "[]";
        return Message("error", id, errors);
    }

    public byte[] Complete(string id) => Message("complete", id, payload: null);

    private static byte[] Message(string type, string? id, string? payload)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("type", type);
            if (id is not null) json.WriteString("id", id);
            if (payload is not null)
            {
                json.WritePropertyName("payload");
                json.WriteRawValue(payload, skipInputValidation: true);
            }
            json.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }
}
