using GraphQL.Builders;

namespace Marketplace.Api.Schema;

/// <summary>
/// The shape every mutation shares: it acts as the signed-in viewer, may carry a client-chosen
/// idempotency key, and answers with the changed entity read fresh after the commit (not from a
/// loader's cache, which may hold it as it was earlier in the request).
/// </summary>
public static class CommandFields
{
    public const string IdempotencyKey = "idempotencyKey";

    public const string IdempotencyKeyDescription =
        "Any string of up to 100 characters, unique per request you mean: repeating it returns the first result and changes nothing.";

    public static FieldBuilder<object?, object> Command<TGraphType, TEntity>(
        this ObjectGraphType mutation, string name, string description,
        Func<IResolveFieldContext, Viewer, string?, Task<Guid>> run)
        where TGraphType : IGraphType
        where TEntity : class =>
        mutation.Field<NonNullGraphType<TGraphType>>(name)
            .Description(description)
            .Argument<StringGraphType>(IdempotencyKey, IdempotencyKeyDescription)
            .ResolveAsync(async ctx =>
            {
                var id = await run(ctx, ctx.Viewer(), ctx.IdempotencyKey());
                var fresh = await ctx.Service<KeyedReads>().ByPrimaryKeyAsync<TEntity, Guid>([id], ctx.CancellationToken);
                return fresh[id];
            });

    /// <summary>A command on one existing entity, named by the ID argument <paramref name="idArgument"/> (needId, matchId …).</summary>
    public static FieldBuilder<object?, object> CommandOn<TGraphType, TEntity>(
        this ObjectGraphType mutation, string name, string description, string idArgument,
        Func<IResolveFieldContext, Viewer, Guid, string?, Task<Guid>> run)
        where TGraphType : IGraphType
        where TEntity : class =>
        mutation.Command<TGraphType, TEntity>(name, description, (ctx, viewer, idempotencyKey) => run(ctx, viewer, ctx.GetGuidArgument(idArgument), idempotencyKey))
            .Argument<NonNullGraphType<IdGraphType>>(idArgument);

    /// <summary>
    /// A command on an entity keyed by a string the caller names (a category's code, an account's
    /// login): the answer is read by that key once the command has committed.
    /// </summary>
    public static FieldBuilder<object?, object> CommandOnKey<TGraphType, TEntity>(
        this ObjectGraphType mutation, string name, string description,
        Func<IResolveFieldContext, string> keyOf, Func<IResolveFieldContext, Viewer, string, string?, Task> run)
        where TGraphType : IGraphType
        where TEntity : class =>
        mutation.Field<NonNullGraphType<TGraphType>>(name)
            .Description(description)
            .Argument<StringGraphType>(IdempotencyKey, IdempotencyKeyDescription)
            .ResolveAsync(async ctx =>
            {
                var key = keyOf(ctx);
                await run(ctx, ctx.Viewer(), key, ctx.IdempotencyKey());
                var fresh = await ctx.Service<KeyedReads>().ByPrimaryKeyAsync<TEntity, string>([key], ctx.CancellationToken);
                return fresh.TryGetValue(key, out var entity) ? entity : throw new NotFoundException(typeof(TEntity).Name, key);
            });
}
