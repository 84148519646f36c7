using Microsoft.Net.Http.Headers;

namespace Marketplace.Api.GraphQL.Transport;

/// <summary>The response media types of GraphQL over HTTP, and choosing one from a request's Accept header.</summary>
public static class MediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// The media type to answer in, or null when the client accepts neither. No Accept header, or
    /// a wildcard, means the specification's default, application/graphql-response+json.
    /// </summary>
    public static string? Negotiate(IList<string> acceptHeaders)
    {
        if (acceptHeaders.Count == 0) return GraphQLResponse;
        if (!MediaTypeHeaderValue.TryParseList(acceptHeaders, out var ranges) || ranges.Count == 0) return GraphQLResponse;

        // A type the client refuses outright (q=0) is not chosen through a wildcard either.
        var refused = ranges.Where(r => r.Quality == 0).Select(r => r.MediaType.Value?.ToLowerInvariant()).ToHashSet();
        string? best = null;
        var bestQuality = 0.0;
        foreach (var range in ranges)
        {
            var candidate = Match(range, refused);
            var quality = range.Quality ?? 1.0;
            if (candidate is null || quality <= 0 || quality < bestQuality) continue;
            // On equal quality the specification's own type wins.
            if (quality > bestQuality || candidate == GraphQLResponse)
            {
                best = candidate;
                bestQuality = quality;
            }
        }
        return best;
    }

    private static string? Match(MediaTypeHeaderValue range, HashSet<string?> refused)
    {
        if (range.Charset.HasValue && !IsUtf8(HeaderUtilities.RemoveQuotes(range.Charset).Value)) return null;
        var type = range.MediaType.Value?.ToLowerInvariant();
        return type switch
        {
            GraphQLResponse or Json => type,
            "*/*" or "application/*" => !refused.Contains(GraphQLResponse) ? GraphQLResponse : !refused.Contains(Json) ? Json : null,
            _ => null,
        };
    }

    public static bool IsUtf8(string? charset) =>
        string.Equals(charset, "utf-8", StringComparison.OrdinalIgnoreCase) || string.Equals(charset, "utf8", StringComparison.OrdinalIgnoreCase);
}
