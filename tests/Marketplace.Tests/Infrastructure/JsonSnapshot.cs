using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Snapshooter;
using Snapshooter.Xunit;

namespace Marketplace.Tests.Infrastructure;

/// <summary>Snapshots of responses, indented and with Chinese left readable, so a reviewer can read the diff.</summary>
public static class JsonSnapshot
{
    private static readonly JsonSerializerOptions Readable = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Match(JsonNode response, [CallerMemberName] string test = "", [CallerFilePath] string file = "") =>
        Snapshot.Match(response.ToJsonString(Readable), new SnapshotFullName($"{Path.GetFileNameWithoutExtension(file)}.{test}.snap", Path.GetDirectoryName(file)!));
}
