using GraphQLParser.AST;

namespace Marketplace.Api.GraphQL.Transport;

/// <summary>
/// A request with its document: from the store of validated ones, freshly parsed, or, when it
/// does not parse, the parser's complaint. Transports look at <see cref="Operation"/> before
/// running it (HTTP's GET runs queries only).
/// </summary>
public sealed record ParsedRequest(GraphQLHttpRequest Request, GraphQLDocument? Document, bool IsValidated, string? ParseError)
{
    /// <summary>The operation the request would run, when the document names it unambiguously.</summary>
    public OperationType? Operation
    {
        get
        {
            if (Document is null) return null;
            var operations = Document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
            var chosen = Request.OperationName is null
                ? (operations.Count == 1 ? operations[0] : null)
                : operations.FirstOrDefault(o => o.Name?.Value == Request.OperationName);
            return chosen?.Operation;
        }
    }
}
