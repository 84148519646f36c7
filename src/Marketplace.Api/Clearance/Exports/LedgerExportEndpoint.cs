using System.Text.Json;
using Marketplace.Core.Clearance;
using Microsoft.AspNetCore.Http.Features;

namespace Marketplace.Api.Clearance.Exports;

/// <summary>
/// `GET /exports/needs-ledger?regionCode=…&amp;from=yyyy-MM-dd&amp;to=yyyy-MM-dd&amp;format=csv|xlsx` with the
/// bearer token: the ledger as a file download, streamed. Refusals are JSON with the same codes
/// as the GraphQL API.
/// </summary>
public static class LedgerExportEndpoint
{
    public const string Path = "/exports/needs-ledger";

    public static WebApplication MapLedgerExport(this WebApplication app)
    {
        app.MapGet(Path, ExportAsync);
        return app;
    }

    private static async Task ExportAsync(HttpContext http, CurrentViewer current, NeedsLedger ledger, CancellationToken cancellationToken)
    {
        IAsyncEnumerable<LedgerRow> rows;
        string format, regionCode;
        try
        {
            var query = http.Request.Query;
            regionCode = query["regionCode"].FirstOrDefault() ?? throw new ValidationException("Say which region: ?regionCode=<12 digits>.", "regionCode");
            format = (query["format"].FirstOrDefault() ?? "csv").ToLowerInvariant();
            if (format is not ("csv" or "xlsx")) throw new ValidationException($"'format' is csv or xlsx; got '{format}'.", "format");
            var period = ReportingPeriod.Validated(Day(query["from"].FirstOrDefault(), "from"), Day(query["to"].FirstOrDefault(), "to"));
            rows = await ledger.OpenAsync(current.Get(), regionCode, period, cancellationToken);
        }
        catch (MarketplaceException e)
        {
            await RefuseAsync(http, e, cancellationToken);
            return;
        }

        var fileName = $"needs-ledger-{regionCode}.{format}";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"; filename*=UTF-8''{Uri.EscapeDataString("需求台账-" + regionCode + "." + format)}";
        if (format == "csv")
        {
            http.Response.ContentType = "text/csv; charset=utf-8";
            await LedgerCsvWriter.WriteAsync(http.Response.Body, rows, cancellationToken);
        }
        else
        {
            http.Response.ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            // System.IO.Packaging and the SDK's writer have no async API: every write to the
            // response is synchronous, allowed for this response only, and gathered by 64 KB so
            // that a thread waits on the client a few times per megabyte, not at every deflate block.
            if (http.Features.Get<IHttpBodyControlFeature>() is { } body) body.AllowSynchronousIO = true;
            await using var buffered = new BufferedStream(http.Response.Body, 64 * 1024);
            await LedgerXlsxWriter.WriteAsync(buffered, rows, cancellationToken);
            await buffered.FlushAsync(cancellationToken);
        }
    }

    private static DateOnly? Day(string? text, string name) =>
        text is null ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", out var day) ? day
        : throw new ValidationException($"'{name}' is a date as yyyy-MM-dd; got '{text}'.", name);

    private static Task RefuseAsync(HttpContext http, MarketplaceException e, CancellationToken cancellationToken)
    {
        http.Response.StatusCode = e.Code switch
        {
            ErrorCodes.Unauthenticated => StatusCodes.Status401Unauthorized,
            ErrorCodes.Forbidden => StatusCodes.Status403Forbidden,
            ErrorCodes.NotFound => StatusCodes.Status404NotFound,
            _ => StatusCodes.Status400BadRequest,
        };
        http.Response.ContentType = "application/json; charset=utf-8";
        return JsonSerializer.SerializeAsync(http.Response.Body,
            new { errors = new[] { new { message = e.Message, extensions = new { code = e.Code } } } }, cancellationToken: cancellationToken);
    }
}
