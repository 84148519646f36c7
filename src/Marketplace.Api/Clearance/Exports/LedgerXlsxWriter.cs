using System.IO.Compression;
using System.Security;
using System.Text;
using Marketplace.Core.Clearance;

namespace Marketplace.Api.Clearance.Exports;

/// <summary>
/// A minimal Office Open XML workbook (one sheet, inline strings), written as the rows come: no
/// library, and no row kept in memory. Opens in Excel, WPS and LibreOffice.
/// </summary>
public static class LedgerXlsxWriter
{
    public static async Task WriteAsync(Stream output, IAsyncEnumerable<LedgerRow> rows, CancellationToken cancellationToken)
    {
        await using var zip = await ZipArchive.CreateAsync(output, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, cancellationToken);
        await AddAsync(zip, "[Content_Types].xml", ContentTypes, cancellationToken);
        await AddAsync(zip, "_rels/.rels", PackageRelationships, cancellationToken);
        await AddAsync(zip, "xl/workbook.xml", Workbook, cancellationToken);
        await AddAsync(zip, "xl/_rels/workbook.xml.rels", WorkbookRelationships, cancellationToken);
        await AddAsync(zip, "xl/styles.xml", Styles, cancellationToken);

        var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest);
        await using var stream = await sheet.OpenAsync(cancellationToken);
        await using var writer = new StreamWriter(stream, new UTF8Encoding(false), bufferSize: 64 * 1024);
        await writer.WriteAsync("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
        await writer.WriteAsync(Row(LedgerColumns.All.Select(c => (object?)c.Header)));
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            await writer.WriteAsync(Row(LedgerColumns.All.Select(c => c.Value(row))));
        }
        await writer.WriteAsync("</sheetData></worksheet>");
    }

    private static string Row(IEnumerable<object?> values)
    {
        var row = new StringBuilder("<row>");
        foreach (var value in values)
        {
            row.Append(value switch
            {
                null => "<c/>",
                int number => $"<c><v>{number}</v></c>",
                _ => $"<c t=\"inlineStr\"><is><t xml:space=\"preserve\">{SecurityElement.Escape(value.ToString())}</t></is></c>",
            });
        }
        return row.Append("</row>").ToString();
    }

    private static async Task AddAsync(ZipArchive zip, string name, string content, CancellationToken cancellationToken)
    {
        await using var stream = await zip.CreateEntry(name, CompressionLevel.Fastest).OpenAsync(cancellationToken);
        await stream.WriteAsync(Encoding.UTF8.GetBytes(content), cancellationToken);
    }

    private const string ContentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
        <Default Extension="xml" ContentType="application/xml"/>
        <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
        <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
        <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
        </Types>
        """;

    private const string PackageRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
        </Relationships>
        """;

    private const string Workbook = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
        <sheets><sheet name="需求台账" sheetId="1" r:id="rId1"/></sheets>
        </workbook>
        """;

    private const string WorkbookRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
        </Relationships>
        """;

    private const string Styles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
        <fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>
        <fills count="1"><fill><patternFill patternType="none"/></fill></fills>
        <borders count="1"><border/></borders>
        <cellStyleXfs count="1"><xf/></cellStyleXfs>
        <cellXfs count="1"><xf xfId="0"/></cellXfs>
        </styleSheet>
        """;
}
