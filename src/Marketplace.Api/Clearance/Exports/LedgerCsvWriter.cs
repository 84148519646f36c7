using System.Globalization;
using System.Text;
using Marketplace.Core.Clearance;

namespace Marketplace.Api.Clearance.Exports;

/// <summary>
/// RFC 4180 CSV in UTF-8 with a byte-order mark (without it, Excel reads Chinese as mojibake).
/// Cells that a spreadsheet would take for a formula are prefixed with an apostrophe.
/// </summary>
public static class LedgerCsvWriter
{
    public static async Task WriteAsync(Stream output, IAsyncEnumerable<LedgerRow> rows, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 64 * 1024, leaveOpen: true);
        await writer.WriteAsync(Line(LedgerColumns.All.Select(c => c.Header)));
        var count = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            await writer.WriteAsync(Line(LedgerColumns.All.Select(c => Cell(c.Value(row)))));
            if (++count % 500 == 0) await writer.FlushAsync(cancellationToken);
        }
        await writer.FlushAsync(cancellationToken);
    }

    private static string Line(IEnumerable<string> cells) => string.Join(',', cells.Select(Quote)) + "\r\n";

    private static string Cell(object? value) => value switch
    {
        null => "",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => Defused(value.ToString() ?? ""),
    };

    private static string Defused(string text) => text.Length > 0 && "=+-@\t\r".Contains(text[0]) ? "'" + text : text;

    private static string Quote(string cell) =>
        cell.IndexOfAny([',', '"', '\r', '\n']) < 0 ? cell : "\"" + cell.Replace("\"", "\"\"") + "\"";
}
