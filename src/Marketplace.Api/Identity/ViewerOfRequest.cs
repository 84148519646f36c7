namespace Marketplace.Api.Identity;

public static class ViewerOfRequest
{
    /// <summary>Who asks: the signed-in viewer of this request (or of the subscription's event), or UNAUTHENTICATED / FORBIDDEN.</summary>
    public static Viewer Viewer(this IResolveFieldContext context) =>
        (context.RequestServices ?? throw new InvalidOperationException("The executor was given no request services."))
            .GetRequiredService<CurrentViewer>().Get();
}
