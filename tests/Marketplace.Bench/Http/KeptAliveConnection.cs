using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace Marketplace.Bench.Http;

/// <summary>
/// One kept-alive HTTP/1.1 connection to the API, with blocking socket calls on the caller's
/// thread: a request is one send, its answer usually one receive. The load generator shares the
/// two cores with the API and PostgreSQL, and pgbench, the API's yardstick, is a lean C client
/// (about 0.05 ms of CPU per transaction); through HttpClient a request cost the bench 0.13 ms,
/// CPU taken from the processes measured. An answer counts as good when its status is 200 and
/// its body has no "errors" member, as the probe (GraphQLClient) would say.
/// </summary>
internal sealed class KeptAliveConnection : IDisposable
{
    private static readonly byte[] ErrorsKey = "\"errors\""u8.ToArray();
    private static readonly byte[] EndOfHeaders = "\r\n\r\n"u8.ToArray();
    private static readonly byte[] LineEnd = "\r\n"u8.ToArray();

    private readonly Socket _socket;
    private readonly byte[] _head;
    private byte[] _received = new byte[64 * 1024];
    private int _start, _end;
    private byte[] _body = new byte[64 * 1024];
    private int _bodyLength;

    private KeptAliveConnection(Socket socket, byte[] head) => (_socket, _head) = (socket, head);

    public static KeptAliveConnection Open(Uri api, string accessToken)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        socket.Connect(api.Host, api.Port);
        // Everything but the length is the same for every request of the run.
        var head = Encoding.ASCII.GetBytes(
            $"POST /graphql HTTP/1.1\r\nHost: {api.Authority}\r\nAuthorization: Bearer {accessToken}\r\n" +
            "Accept: application/graphql-response+json\r\nContent-Type: application/json\r\nContent-Length: ");
        return new KeptAliveConnection(socket, head);
    }

    /// <summary>POSTs a GraphQL request body and reads the whole answer; true when it is a good one.</summary>
    public bool Post(byte[] body)
    {
        var length = Encoding.ASCII.GetBytes($"{body.Length}\r\n\r\n");
        _socket.Send([new ArraySegment<byte>(_head), new ArraySegment<byte>(length), new ArraySegment<byte>(body)]);
        var headers = Encoding.ASCII.GetString(ReadThrough(EndOfHeaders));
        var ok = headers.StartsWith("HTTP/1.1 200 ", StringComparison.Ordinal);
        _bodyLength = 0;
        if (Header(headers, "Content-Length") is { } contentLength) AppendBody(int.Parse(contentLength, CultureInfo.InvariantCulture));
        else if (Header(headers, "Transfer-Encoding") == "chunked") ReadChunks();
        else throw new IOException($"The API answered with neither a length nor chunks:\n{headers}");
        return ok && _body.AsSpan(0, _bodyLength).IndexOf(ErrorsKey) < 0;
    }

    public void Dispose() => _socket.Dispose();

    private void ReadChunks()
    {
        for (var size = NextChunkSize(); size > 0; size = NextChunkSize())
        {
            AppendBody(size);
            ReadThrough(LineEnd);
        }
        ReadThrough(LineEnd); // the empty trailer
    }

    private int NextChunkSize() => Convert.ToInt32(Encoding.ASCII.GetString(ReadThrough(LineEnd)).Split(';')[0].Trim(), 16);

    private static string? Header(string headers, string name)
    {
        foreach (var line in headers.Split("\r\n"))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && line.AsSpan(0, colon).Equals(name, StringComparison.OrdinalIgnoreCase)) return line[(colon + 1)..].Trim();
        }
        return null;
    }

    /// <summary>The received bytes up to the delimiter (excluded), which is consumed too.</summary>
    private ReadOnlySpan<byte> ReadThrough(byte[] delimiter)
    {
        int found;
        while ((found = _received.AsSpan(_start, _end - _start).IndexOf(delimiter)) < 0) Receive();
        var taken = _received.AsSpan(_start, found);
        _start += found + delimiter.Length;
        return taken;
    }

    private void AppendBody(int count)
    {
        while (_end - _start < count) Receive();
        if (_body.Length < _bodyLength + count) Array.Resize(ref _body, Math.Max(_body.Length * 2, _bodyLength + count));
        _received.AsSpan(_start, count).CopyTo(_body.AsSpan(_bodyLength));
        (_bodyLength, _start) = (_bodyLength + count, _start + count);
    }

    private void Receive()
    {
        if (_start == _end)
        {
            (_start, _end) = (0, 0);
        }
        else if (_start > 0)
        {
            _received.AsSpan(_start, _end - _start).CopyTo(_received);
            (_end, _start) = (_end - _start, 0);
        }
        if (_end == _received.Length) Array.Resize(ref _received, _received.Length * 2);
        var read = _socket.Receive(_received, _end, _received.Length - _end, SocketFlags.None);
        if (read == 0) throw new IOException("The API closed the connection in the middle of an answer.");
        _end += read;
    }
}
