using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace Marketplace.Api.Hosting;

/// <summary>
/// Serves the built web client (web-client/dist) beside the API: its files, and index.html for
/// the client's own routes. Nothing is served when the folder is absent (API-only deployments,
/// the tests), and the API's routes are never shadowed by the fallback.
/// </summary>
public static class WebClientHosting
{
    /// <summary>`WebClient:Path`: the built client's folder, relative to the working directory.</summary>
    public const string PathSetting = "WebClient:Path";
    private const string DefaultPath = "web-client/dist";

    // Client routes only (no file names: those are the static files' or a 404), and never an API path:
    // a mistyped API path should still get the API's 404, not the page.
    private const string ClientRoutes = "{*path:nonfile:regex(^(?!(graphql|dev|exports|healthz|readyz)(/|$)).*$)}";

    public static WebApplication UseWebClient(this WebApplication app)
    {
        var folder = Path.GetFullPath(app.Configuration[PathSetting] ?? DefaultPath);
        if (!File.Exists(Path.Combine(folder, "index.html"))) return app;

        var files = new PhysicalFileProvider(folder);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, OnPrepareResponse = SetCaching });
        app.MapFallbackToFile(ClientRoutes, "index.html", new StaticFileOptions { FileProvider = files, OnPrepareResponse = SetCaching });
        if (app.Logger.IsEnabled(LogLevel.Information)) app.Logger.LogInformation("Serving the web client from {Folder}", folder);
        return app;
    }

    /// <summary>Hashed bundles never change; index.html and config.json must be fetched afresh.</summary>
    private static void SetCaching(StaticFileResponseContext context)
    {
        var immutable = context.Context.Request.Path.StartsWithSegments("/assets");
        context.Context.Response.Headers[HeaderNames.CacheControl] = immutable ? "public, max-age=31536000, immutable" : "no-cache";
    }
}
