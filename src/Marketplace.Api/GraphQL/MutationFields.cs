using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Marketplace.Api.Identity;
using Marketplace.Core.Data;
using Marketplace.Core.Identity;

namespace Marketplace.Api.GraphQL;

/// <summary>
/// The shape every mutation shares: it acts as the signed-in viewer, may carry a client-chosen
/// idempotency key, and answers with the changed entity read fresh after the commit (not from a
/// loader's cache, which may hold it as it was earlier in the request).
/// </summary>
public static class MutationFields
{
    public const string IdempotencyKey = "idempotencyKey";

    public const string IdempotencyKeyDescription =
        "Any string of up to 100 characters, unique per request you mean: repeating it returns the first result and changes nothing.";

    public static FieldBuilder<object?, object> Command<TGraphType, TEntity>(
        this ObjectGraphType mutation, string name, string description, Key<TEntity, Guid> key,
        Func<IResolveFieldContext, Viewer, string?, Task<Guid>> run)
        where TGraphType : IGraphType
        where TEntity : class =>
        mutation.Field<NonNullGraphType<TGraphType>>(name)
            .Description(description)
            .Argument<StringGraphType>(IdempotencyKey, IdempotencyKeyDescription)
            .ResolveAsync(async ctx =>
            {
                var id = await run(ctx, ctx.Service<CurrentViewer>().Get(), ctx.GetArgument<string?>(IdempotencyKey));
                var fresh = await ctx.Service<KeyedReads>().ByKeyAsync([id], key, ctx.CancellationToken);
                return fresh[id];
            });
}
