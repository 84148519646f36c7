using System.IO.Packaging;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using Marketplace.Core.Clearance;

namespace Marketplace.Api.Clearance.Exports;

/// <summary>
/// The ledger as a workbook of one sheet (inline strings), written as the rows come: the sheet
/// through the Open XML SDK's <see cref="OpenXmlWriter"/>, the package (content types,
/// relationships) through System.IO.Packaging. Opens in Excel, WPS and LibreOffice.
/// </summary>
/// <remarks>
/// Not a <c>SpreadsheetDocument</c>: the SDK opens its package read-write, which needs a seekable
/// stream and puts the zip in update mode, where every part is held in memory until the end. Nor
/// can it wrap a write-only package (it reads the package's relationships as parts are added:
/// "Cannot retrieve parts of writeonly container", dotnet/Open-XML-SDK#2113). A write-only
/// <see cref="Package"/> is a zip in create mode, which writes each part once, in order, to any
/// stream, the response's included. In a console run of 19-column rows, a SpreadsheetDocument on
/// a file peaked at 486 MB for 100,000 rows; this way peaks at 147 MB for 100,000 and for
/// 300,000. So the parts are written one after another, each closed before the next is created.
/// A cell is a small tree of SDK elements (some 13 KB of short-lived garbage a row of 19 cells;
/// reusing the elements saved a third of that and no measurable time, so the plain form stays).
/// </remarks>
public static class LedgerXlsxWriter
{
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string SheetName = "需求台账";

    public static async Task WriteAsync(Stream output, IAsyncEnumerable<LedgerRow> rows, CancellationToken cancellationToken)
    {
        using var package = Package.Open(output, FileMode.Create, FileAccess.Write);
        var workbook = AddPart(package, "/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
        package.CreateRelationship(workbook.Uri, TargetMode.Internal, Relationships + "/officeDocument");
        var sheetId = workbook.CreateRelationship(new Uri("worksheets/sheet1.xml", UriKind.Relative), TargetMode.Internal, Relationships + "/worksheet").Id;
        workbook.CreateRelationship(new Uri("styles.xml", UriKind.Relative), TargetMode.Internal, Relationships + "/styles");
        Save(workbook, new Workbook(new Sheets(new Sheet { Name = SheetName, SheetId = 1, Id = sheetId })));
        Save(AddPart(package, "/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"), MinimalStyles());

        var sheet = AddPart(package, "/xl/worksheets/sheet1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
        await using var stream = sheet.GetStream(FileMode.Create, FileAccess.Write);
        using var writer = OpenXmlWriter.Create(stream);
        writer.WriteStartElement(new Worksheet());
        writer.WriteStartElement(new SheetData());
        WriteRow(writer, LedgerColumns.All.Select(c => (object?)c.Header));
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            WriteRow(writer, LedgerColumns.All.Select(c => c.Value(row)));
        }
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static PackagePart AddPart(Package package, string uri, string contentType) =>
        package.CreatePart(new Uri(uri, UriKind.Relative), contentType, CompressionOption.Fast);

    private static void Save(PackagePart part, OpenXmlPartRootElement root)
    {
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        root.Save(stream);
    }

    /// <summary>The least a stylesheet holds for Excel to take it: one font, fill, border and cell format.</summary>
    private static Stylesheet MinimalStyles() => new(
        new Fonts(new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" })) { Count = 1 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None })) { Count = 1 },
        new Borders(new Border()) { Count = 1 },
        new CellStyleFormats(new CellFormat()) { Count = 1 },
        new CellFormats(new CellFormat { FormatId = 0 }) { Count = 1 });

    private static void WriteRow(OpenXmlWriter writer, IEnumerable<object?> values)
    {
        writer.WriteStartElement(new Row());
        foreach (var value in values)
        {
            writer.WriteElement(value switch
            {
                null => new Cell(),
                int number => new Cell(new CellValue(number)),
                _ => new Cell(new InlineString(new Text(value.ToString() ?? "") { Space = SpaceProcessingModeValues.Preserve })) { DataType = CellValues.InlineString },
            });
        }
        writer.WriteEndElement();
    }
}
