using GraphQL.DataLoader;
using Marketplace.Core.Needs;

namespace Marketplace.Api.Needs;

public static class ReadableNeed
{
    /// <summary>The need, batched with the request's other loads; null when there is none, FORBIDDEN outside the viewer's area.</summary>
    public static IDataLoaderResult<Need?> LoadReadableNeed(this IResolveFieldContext ctx, Guid id)
    {
        var viewer = ctx.Viewer();
        return ctx.LoadById<Need, Guid>(id).Then(need =>
        {
            if (need is not null) NeedAccess.EnsureMayRead(viewer, need);
            return need;
        });
    }
}
