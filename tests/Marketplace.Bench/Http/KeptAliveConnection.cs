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
/// its body has no "errors" member, as the probe (GraphQLClient) would say. A request that fails
/// (no answer within 30 s, a broken connection, an answer it cannot read) counts as an error, and
/// the next one goes out on a new connection.
/// </summary>
internal sealed class KeptAliveConnection : IDisposable
{
    private static readonly byte[] ErrorsKey = "\"errors\""u8.ToArray();
    private static readonly byte[] EndOfHeaders = "\r\n\r\n"u8.ToArray();
    private static readonly byte[] LineEnd = "\r\n"u8.ToArray();

    private static readonly TimeSpan AnswerTimeout = TimeSpan.FromSeconds(30);

    private readonly Uri _api;
    private readonly byte[] _head;
    private Socket? _socket;
    private byte[] _received = new byte[64 * 1024];
    private int _start, _end;
    private byte[] _body = new byte[64 * 1024];
    private int _bodyLength;

    /// <param name="api">The API's base address.</param>
    /// <param name="accessToken">The bearer token every request carries.</param>
    public KeptAliveConnection(Uri api, string accessToken)
    {
        _api = api;
        // Everything but the length is the same for every request of the run.
        _head = Encoding.ASCII.GetBytes(
            $"POST /graphql HTTP/1.1\r\nHost: {api.Authority}\r\nAuthorization: Bearer {accessToken}\r\n" +
            "Accept: application/graphql-response+json\r\nContent-Type: application/json\r\nContent-Length: ");
    }

    /// <summary>POSTs a GraphQL request body and reads the whole answer; true when it is a good one.</summary>
    public bool Post(byte[] body)
    {
        try
        {
            var socket = _socket ??= Connect();
            var length = Encoding.ASCII.GetBytes($"{body.Length}\r\n\r\n");
            socket.Send([new ArraySegment<byte>(_head), new ArraySegment<byte>(length), new ArraySegment<byte>(body)]);
            return ReadAnswer();
        }
        catch (Exception e) when (e is IOException or SocketException or FormatException or OverflowException)
        {
            Dispose();
            return false;
        }
    }

    public void Dispose()
    {
        _socket?.Dispose();
        (_socket, _start, _end) = (null, 0, 0);
    }

    private Socket Connect()
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true, ReceiveTimeout = (int)AnswerTimeout.TotalMilliseconds };
        socket.Connect(_api.Host, _api.Port);
        return socket;
    }

    private bool ReadAnswer()
    {
        var headers = Encoding.ASCII.GetString(ReadThrough(EndOfHeaders));
        var ok = headers.StartsWith("HTTP/1.1 200 ", StringComparison.Ordinal);
        _bodyLength = 0;
        if (Header(headers, "Content-Length") is { } contentLength)
        {
            AppendBody(int.Parse(contentLength, CultureInfo.InvariantCulture));
        }
        else if (string.Equals(Header(headers, "Transfer-Encoding"), "chunked", StringComparison.OrdinalIgnoreCase))
        {
            ReadChunks();
        }
        else
        {
            throw new IOException($"The API answered with neither a length nor chunks:\n{headers}");
        }
        return ok && _body.AsSpan(0, _bodyLength).IndexOf(ErrorsKey) < 0;
    }

    private void ReadChunks()
    {
        for (var size = NextChunkSize(); size > 0; size = NextChunkSize())
        {
            AppendBody(size);
            ReadThrough(LineEnd);
        }
        while (!ReadThrough(LineEnd).IsEmpty)
        {
            // Trailer fields, up to the empty line that ends the answer: none of them matter here.
        }
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
        var read = _socket!.Receive(_received, _end, _received.Length - _end, SocketFlags.None);
        if (read == 0) throw new IOException("The API closed the connection in the middle of an answer.");
        _end += read;
    }
}

/// <summary>The load's connections, one per client, closed together.</summary>
internal sealed class KeptAliveConnections(int count, Uri api, string accessToken) : IDisposable
{
    private readonly KeptAliveConnection[] _connections = [.. Enumerable.Range(0, count).Select(_ => new KeptAliveConnection(api, accessToken))];

    public KeptAliveConnection this[int client] => _connections[client];

    public void Dispose()
    {
        foreach (var connection in _connections) connection.Dispose();
    }
}
