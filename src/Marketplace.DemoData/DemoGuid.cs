using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Marketplace.DemoData;

/// <summary>
/// Name-based ids (RFC 9562 version 8, from SHA-256) for the demo rows: a row keeps its id when
/// rows are added before it, which ids drawn from the shared random stream would not.
/// </summary>
internal static class DemoGuid
{
    public static Guid Organisation(string key) => Of("organisation", key);

    public static Guid Project(string key) => Of("project", key);

    public static Guid Resource(string organisationKey, int index) =>
        Of("resource", string.Create(CultureInfo.InvariantCulture, $"{organisationKey}#{index}"));

    public static Guid Household(string key) => Of("household", key);

    public static Guid Need(Guid householdId, int index) =>
        Of("need", string.Create(CultureInfo.InvariantCulture, $"{householdId:N}#{index}"));

    public static Guid Match(Guid needId, int index) =>
        Of("match", string.Create(CultureInfo.InvariantCulture, $"{needId:N}#{index}"));

    public static Guid Of(string kind, string key)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes($"marketplace-demo/{kind}/{key}"), hash);
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
