using GraphQLParser.AST;
using GraphQLParser.Visitors;

namespace Marketplace.Api.GraphQL.Transport;

/// <summary>
/// Finds text no field of ours takes: a NUL character (PostgreSQL refuses it, deep in a write) or
/// a lone UTF-16 surrogate (no character at all), in the document's string literals or in the
/// variables. Such a request is refused before execution as VALIDATION naming the argument or
/// field that carried it, on both transports.
/// </summary>
public static class UnsafeText
{
    /// <summary>The name of the first argument, input field or variable carrying unsafe text; null when there is none.</summary>
    public static async ValueTask<string?> FindAsync(GraphQLDocument document, IReadOnlyDictionary<string, object?>? variables)
    {
        var context = new Context();
        await new LiteralVisitor().VisitAsync(document, context);
        return context.Found ?? (variables is null ? null : InValues(variables));
    }

    public static bool IsUnsafe(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\0') return true;
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
                else return true;
            }
            else if (char.IsLowSurrogate(c))
            {
                return true;
            }
        }
        return false;
    }

    private static string? InValues(IEnumerable<KeyValuePair<string, object?>> fields)
    {
        foreach (var (name, value) in fields)
        {
            if (InValue(name, value) is { } found) return found;
        }
        return null;
    }

    private static string? InValue(string name, object? value) => value switch
    {
        string text => IsUnsafe(text) ? name : null,
        IEnumerable<KeyValuePair<string, object?>> fields => InValues(fields),
        IEnumerable<object?> items => items.Select(item => InValue(name, item)).FirstOrDefault(found => found is not null),
        _ => null,
    };

    private sealed class Context : IASTVisitorContext
    {
        public CancellationToken CancellationToken => CancellationToken.None;
        public Stack<string> Names { get; } = new();
        public string? Found { get; set; }
    }

    private sealed class LiteralVisitor : ASTVisitor<Context>
    {
        protected override async ValueTask VisitArgumentAsync(GraphQLArgument argument, Context context)
        {
            context.Names.Push(argument.Name.StringValue);
            await base.VisitArgumentAsync(argument, context);
            context.Names.Pop();
        }

        protected override async ValueTask VisitObjectFieldAsync(GraphQLObjectField field, Context context)
        {
            context.Names.Push(field.Name.StringValue);
            await base.VisitObjectFieldAsync(field, context);
            context.Names.Pop();
        }

        protected override ValueTask VisitStringValueAsync(GraphQLStringValue value, Context context)
        {
            if (context.Found is null && IsUnsafe(value.Value.ToString())) context.Found = context.Names.TryPeek(out var name) ? name : "query";
            return ValueTask.CompletedTask;
        }
    }
}
