using System.Collections;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using GraphQL.Execution;
using Marketplace.Core.Commands;

namespace Marketplace.Api.Schema;

/// <summary>
/// What an idempotency key is checked against on a repeat: the mutation's name and its arguments
/// (the key itself left out), written canonically (object keys sorted, default values included as
/// GraphQL applied them) and hashed, so that the same request sent again matches and any other does not.
/// </summary>
public static class RequestFingerprint
{
    /// <summary>The idempotency key of this mutation, with its request's fingerprint set for the command it runs.</summary>
    public static string? IdempotencyKey(this IResolveFieldContext ctx)
    {
        var key = ctx.GetArgument<string?>(CommandFields.IdempotencyKey);
        if (key is not null) IdempotentRequest.Describe(Of(ctx));
        return key;
    }

    public static string Of(IResolveFieldContext ctx)
    {
        var text = new StringBuilder(ctx.FieldDefinition.Name);
        foreach (var (name, argument) in (ctx.Arguments ?? new Dictionary<string, ArgumentValue>()).Where(a => a.Key != CommandFields.IdempotencyKey).OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            text.Append('|').Append(name).Append('=');
            Write(text, argument.Value);
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static void Write(StringBuilder text, object? value)
    {
        switch (value)
        {
            case null:
                text.Append("null");
                break;
            case string s:
                text.Append('"').Append(s.Replace("\\", "\\\\").Replace("\"", "\\\"")).Append('"');
                break;
            case IDictionary<string, object?> fields:
                text.Append('{');
                foreach (var (name, field) in fields.OrderBy(f => f.Key, StringComparer.Ordinal))
                {
                    text.Append(name).Append(':');
                    Write(text, field);
                    text.Append(',');
                }
                text.Append('}');
                break;
            case IEnumerable items:
                text.Append('[');
                foreach (var item in items)
                {
                    Write(text, item);
                    text.Append(',');
                }
                text.Append(']');
                break;
            case IFormattable formattable:
                text.Append(formattable.ToString(null, CultureInfo.InvariantCulture));
                break;
            default:
                text.Append(value);
                break;
        }
    }
}
