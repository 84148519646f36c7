using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Marketplace.DemoData;
using static Marketplace.Tests.Clearance.ClearanceFixture;

namespace Marketplace.Tests.Clearance;

/// <summary>The needs ledger (台账) as CSV and XLSX: the period's needs, Chinese intact, personal columns only where allowed.</summary>
public sealed class LedgerExportTests(ClearanceFixture fixture) : IClassFixture<ClearanceFixture>
{
    private const string Period = "from=2025-03-01&to=2025-04-30";

    [Fact]
    public async Task The_csv_has_a_header_and_one_row_per_need_collected_in_the_period_in_utf8_with_a_bom()
    {
        var officer = await fixture.ClientForAsync(Officer);
        using var response = await officer.Http.GetAsync($"/exports/needs-ledger?regionCode={SubDistrict}&{Period}&format=csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);

        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("需求编号,街道/乡镇,社区/村,需求类别,需求摘要", lines[0]);
        // Needs 1, 2, 3, 4, 5, 6, 8 (see ClearanceFixture), oldest first: 8 was reported at 00:30 on 1 March.
        Assert.Equal(new[] { 8, 1, 2, 3, 4, 5, 6 }.Select(n => fixture.Needs[n].ToString()), lines[1..].Select(l => l.Split(',')[0]));
        Assert.Contains("核算街道,乙社区", lines[1]);
        Assert.Contains("已销号", lines[1]);
    }

    [Theory]
    [InlineData(Officer, SubDistrict, Period, false)]
    [InlineData(DemoIds.OfficerXiaoyaojin, DemoIds.XianqiaoCommunity, "", true)]
    public async Task The_xlsx_is_a_workbook_whose_sheet_holds_the_cells_of_the_csv(string login, string region, string period, bool withQuantities)
    {
        var client = await fixture.ClientForAsync(login);
        using var response = await client.Http.GetAsync($"/exports/needs-ledger?regionCode={region}&{period}&format=xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), isEditable: false);
        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}"));
        var workbook = document.WorkbookPart!;
        var sheet = Assert.Single(workbook.Workbook.Sheets!.Elements<Sheet>());
        Assert.Equal("需求台账", sheet.Name?.Value);
        var sheetRows = ((WorksheetPart)workbook.GetPartById(sheet.Id!.Value!)).Worksheet.Descendants<Row>().ToList();
        var rows = sheetRows
            .Select(r => r.Elements<Cell>().Select(c => c.DataType?.Value == CellValues.InlineString ? c.InlineString!.Text!.Text : c.CellValue?.Text ?? "").ToArray())
            .ToArray();

        var csv = await CsvAsync(client, region, period);
        Assert.True(csv.Length > 2);
        Assert.Equal(csv, rows);
        // 数量 is a number cell, not text.
        var quantities = sheetRows.Skip(1).Select(r => r.Elements<Cell>().ElementAt(6)).Where(c => c.CellValue is not null).ToList();
        Assert.Equal(withQuantities, quantities.Count > 0);
        Assert.All(quantities, c => Assert.Null(c.DataType));
    }

    [Fact]
    public async Task Personal_columns_are_filled_for_the_officer_blank_for_a_worker_not_holding_and_logged()
    {
        var officer = await fixture.ClientForAsync(DemoIds.OfficerXiaoyaojin);
        var officerCsv = await CsvAsync(officer, DemoIds.XianqiaoCommunity);
        Assert.All(officerCsv[1..], row => Assert.NotEqual("", row[16])); // 户主姓名

        var worker = await fixture.ClientForAsync(DemoIds.WorkerXianqiao);
        var workerCsv = await CsvAsync(worker, DemoIds.XianqiaoCommunity);
        Assert.Equal(officerCsv.Length, workerCsv.Length);
        var held = workerCsv[1..].Where(row => row[11] == DemoIds.WorkerXianqiao && row[10] is not ("已销号" or "已取消")).ToList();
        Assert.All(workerCsv[1..].Except(held), row => Assert.Equal("", row[16]));

        var log = await officer.DataAsync("query($r: String!) { personalDataReads(regionCode: $r, first: 100) { reader field } }", new { r = DemoIds.XianqiaoCommunity });
        Assert.Contains(log["personalDataReads"]!.AsArray(), r => r!["reader"]!.GetValue<string>() == DemoIds.OfficerXiaoyaojin && r["field"]!.GetValue<string>() == "ledger");
    }

    [Theory]
    [InlineData(null, $"regionCode={SubDistrict}", HttpStatusCode.Unauthorized, "UNAUTHENTICATED")]
    [InlineData(DemoIds.DonorHefeiTelecom, $"regionCode={SubDistrict}", HttpStatusCode.Forbidden, "FORBIDDEN")]
    [InlineData(DemoIds.OfficerXiaoyaojin, $"regionCode={SubDistrict}", HttpStatusCode.Forbidden, "FORBIDDEN")]
    [InlineData(Officer, $"regionCode={SubDistrict}&format=pdf", HttpStatusCode.BadRequest, "VALIDATION")]
    [InlineData(Officer, $"regionCode={SubDistrict}&from=2025-04-31", HttpStatusCode.BadRequest, "VALIDATION")]
    [InlineData(DemoIds.Admin, "regionCode=349999009000", HttpStatusCode.NotFound, "NOT_FOUND")]
    public async Task Refusals_carry_a_status_and_a_code(string? login, string query, HttpStatusCode status, string code)
    {
        var client = login is null ? fixture.Anonymous : await fixture.ClientForAsync(login);
        using var response = await client.Http.GetAsync($"/exports/needs-ledger?{query}");
        Assert.Equal(status, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(code, body!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    private static async Task<string[][]> CsvAsync(Infrastructure.GraphQLClient client, string region, string period = "")
    {
        var text = await client.Http.GetStringAsync($"/exports/needs-ledger?regionCode={region}&{period}");
        // The demo's cells hold no commas or quotes, so a plain split reads them.
        return [.. text.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(','))];
    }
}
