namespace Marketplace.Api.GraphQL;

public static class ResolveFieldContextExtensions
{
    /// <summary>A service of this request's scope: the per-request batch loaders and the application services.</summary>
    public static T Service<T>(this IResolveFieldContext context) where T : notnull =>
        (context.RequestServices ?? throw new InvalidOperationException("The executor was given no request services.")).GetRequiredService<T>();

    /// <summary>An ID argument as a GUID, or a VALIDATION error naming the argument.</summary>
    public static Guid GetGuidArgument(this IResolveFieldContext context, string name) =>
        Ids.Parse(context.GetArgument<string>(name), name);
}
