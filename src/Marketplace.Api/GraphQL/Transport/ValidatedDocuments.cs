using System.Collections.Concurrent;
using GraphQLParser.AST;

namespace Marketplace.Api.GraphQL.Transport;

/// <summary>
/// Documents that have passed validation, by their text. Clients send the same few documents all
/// day with different variables; parsing and validating one again cost about an eighth of the API's
/// time on a suggestion (make bench). A document found here skips the specification's rules, which
/// depend on the schema alone; the rules that depend on the caller or the variables (authorization,
/// complexity) run on every request all the same (see <see cref="GraphQLRequestExecutor"/>).
/// Bounded: past <see cref="MaxDocuments"/> it starts afresh, so that a client sending ever new
/// documents costs memory no longer than that.
/// </summary>
public sealed class ValidatedDocuments
{
    public const int MaxDocuments = 1_000;
    public const int MaxQueryLength = 20_000;

    private readonly ConcurrentDictionary<string, GraphQLDocument> documents = new(StringComparer.Ordinal);

    public int Count => documents.Count;

    public GraphQLDocument? Find(string query) => documents.GetValueOrDefault(query);

    /// <summary>Keeps a document that has just passed validation (the executor ran it).</summary>
    public void Remember(string query, GraphQLDocument document)
    {
        if (query.Length > MaxQueryLength) return;
        if (documents.Count >= MaxDocuments) documents.Clear();
        documents.TryAdd(query, document);
    }
}
