using BedreBalance.Dataset.Workbooks;
using BedreBalance.Domain;
using Xunit;
using static BedreBalance.TestSupport.RawWorkbook;

namespace BedreBalance.Tests.Dataset;

/// <summary>The workbook reader on its own: workbook bytes → worksheets → rows of cell text with addresses.</summary>
public class WorkbookReaderTests
{
    private static string Fixture(params string[] parts) => RepositoryPaths.InRoot(["tests", "data", "workbooks", .. parts]);

    private static (Workbook? Workbook, List<Diagnostic> Diagnostics) Open(byte[] bytes, WorkbookLimits? limits = null)
    {
        var diagnostics = new List<Diagnostic>();
        return (Workbook.Open(bytes, "tabel1.xlsx", diagnostics, limits), diagnostics);
    }

    private static List<WorkbookRow> Rows(byte[] bytes, int sheet = 0)
    {
        var (workbook, diagnostics) = Open(bytes);
        Assert.NotNull(workbook);
        using (workbook)
        {
            var rows = workbook.ReadRows(workbook.Worksheets[sheet], diagnostics);
            Assert.Empty(diagnostics);
            return [.. rows!];
        }
    }

    private static string[] Texts(WorkbookRow row) => row.Cells.Select(c => c.Text).ToArray();

    [Fact]
    public void A_table_LibreOffice_saved_reads_as_its_csv_numbers_as_digits()
    {
        var rows = Rows(File.ReadAllBytes(Fixture("separate", "tabel1.xlsx")));
        var csv = File.ReadAllLines(RepositoryPaths.InRoot("data", "spm-346", "tabel1.csv"));
        Assert.Equal(csv.Length, rows.Count);
        for (var i = 0; i < csv.Length; i++)
        {
            Assert.Equal(i + 1, rows[i].Row);
            Assert.Equal(csv[i].Split(';').Where(f => f.Length > 0), Texts(rows[i]));
        }
        // "1" under Anm is a number in the workbook, as Calc read it from the CSV.
        Assert.Equal(new WorkbookCell(4, "1"), rows[3].Cells[^1]);
    }

    [Fact]
    public void A_multi_sheet_workbook_lists_its_worksheets_in_tab_order_with_the_hidden_one_marked()
    {
        var (workbook, _) = Open(File.ReadAllBytes(Fixture("tabeller", "tabeller.xlsx")));
        Assert.NotNull(workbook);
        using (workbook)
        {
            Assert.Equal([("Tabel 1", false), ("Noter", true), ("Tabel 2", false), ("tabel3", false)],
                workbook.Worksheets.Select(s => (s.Name, s.Hidden)));
        }
    }

    [Fact]
    public void A_sum_formula_reads_as_its_calculated_value_and_rich_text_as_its_plain_text()
    {
        var rows = Rows(File.ReadAllBytes(Fixture("tabeller", "tabeller.xlsx")));
        Assert.Equal(["I alt", "2872"], Texts(rows.Single(r => r.Row == 31)));
        Assert.Equal(["Region Sjælland", "Slagelse Kommune", "187"], Texts(rows[2]));
        // The formatted empty cell at H35 is not content, so the sheet ends with the total.
        Assert.Equal(31, rows[^1].Row);
    }

    [Fact]
    public void Inline_strings_rich_runs_escapes_booleans_and_decimals_read_as_text()
    {
        var bytes = Build([new Sheet("tabel1",
            "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>Region </t></is></c>" +
            "<c r=\"B2\" t=\"inlineStr\"><is><r><rPr><b/></rPr><t>Aarhus</t></r><r><t xml:space=\"preserve\"> Kommune</t></r><rPh sb=\"0\" eb=\"1\"><t>x</t></rPh></is></c>" +
            "<c r=\"C2\"><v>1.5</v></c><c r=\"D2\" t=\"b\"><v>1</v></c><c r=\"E2\" t=\"str\"><f>A2</f><v>a_x000D_b</v></c>" +
            "<c r=\"F2\"><v>0.30000000000000004</v></c><c r=\"G2\"><v>2872</v></c></row>")]);
        var row = Assert.Single(Rows(bytes));
        Assert.Equal(2, row.Row);
        Assert.Equal(["Region ", "Aarhus Kommune", "1,5", "SAND", "a\rb", "0,3", "2872"], Texts(row));
        Assert.Equal([1, 2, 3, 4, 5, 6, 7], row.Cells.Select(c => c.Column));
    }

    [Fact]
    public void Cells_without_references_follow_the_previous_cell_and_row()
    {
        var bytes = Build([new Sheet("s", "<row><c t=\"inlineStr\"><is><t>a</t></is></c><c t=\"inlineStr\"><is><t>b</t></is></c></row><row><c r=\"C2\"><v>3</v></c><c r=\"XFD2\"><v>4</v></c></row>")]);
        var rows = Rows(bytes);
        Assert.Equal([(1, 1), (1, 2), (2, 3), (2, 16384)], rows.SelectMany(r => r.Cells.Select(c => (r.Row, c.Column))));
    }

    [Fact]
    public void A_formula_without_a_calculated_value_is_a_problem_telling_to_save_in_excel()
    {
        var bytes = Build([new Sheet("tabel1", "<row r=\"31\"><c r=\"B31\" t=\"inlineStr\"><is><t>I alt</t></is></c><c r=\"C31\"><f>SUM(C2:C30)</f></c></row>")]);
        var cell = Rows(bytes)[0].Cells[1];
        Assert.Equal(3, cell.Column);
        Assert.Contains("no calculated value", cell.Problem);
        Assert.Contains("save it", cell.Problem);
    }

    [Fact]
    public void An_error_value_and_a_date_are_problems_that_name_what_the_cell_shows()
    {
        var styles = "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"d/m/yyyy;@\"/><numFmt numFmtId=\"165\" formatCode=\"#,##0 &quot;stk&quot;\"/></numFmts>" +
                     "<cellXfs count=\"4\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/><xf numFmtId=\"165\"/></cellXfs>";
        var bytes = Build([new Sheet("tabel1",
            "<row r=\"2\"><c r=\"A2\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c><c r=\"B2\" s=\"1\"><v>43497</v></c><c r=\"C2\" s=\"2\"><v>43497</v></c><c r=\"D2\" s=\"3\"><v>14</v></c></row>")],
            styles: styles);
        var cells = Rows(bytes)[0].Cells;
        Assert.Contains("#DIV/0!", cells[0].Problem);
        Assert.Contains("1.2.2019", cells[1].Problem);
        Assert.Contains("Format the cell as Text", cells[2].Problem);
        // A format with "stk" in quotes is a number format, not a date.
        Assert.Equal(new WorkbookCell(4, "14"), cells[3]);
    }

    [Fact]
    public void Shared_strings_are_looked_up_and_a_damaged_index_is_a_damaged_sheet()
    {
        var shared = "<si><t>Region</t></si><si><r><t>Kom</t></r><r><rPr><i/></rPr><t>mune</t></r></si>";
        Assert.Equal(["Region", "Kommune"], Texts(Rows(Build([new Sheet("s", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>")], shared))[0]));

        var (workbook, diagnostics) = Open(Build([new Sheet("s", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>7</v></c></row>")], shared));
        Assert.NotNull(workbook);
        using (workbook)
        {
            Assert.Null(workbook.ReadRows(workbook.Worksheets[0], diagnostics));
        }
        Assert.Equal("tabel1.xlsx:s: error: The file is not an Excel workbook (.xlsx) or it is damaged; open it in Excel and save it again as \"Excel-projektmappe (*.xlsx)\".",
            Assert.Single(diagnostics).ToString());
    }

    [Theory]
    [InlineData("not a zip at all")]
    [InlineData("PK\u0003\u0004 truncated")]
    public void A_file_that_is_not_a_workbook_is_one_error_on_the_file(string content)
    {
        var (workbook, diagnostics) = Open(System.Text.Encoding.ASCII.GetBytes(content));
        Assert.Null(workbook);
        var d = Assert.Single(diagnostics);
        Assert.Equal(("tabel1.xlsx", null, null), (d.File, d.Line, d.Sheet));
        Assert.Contains("not an Excel workbook", d.Message);
    }

    [Fact]
    public void A_word_document_named_xlsx_is_not_a_workbook()
    {
        var docx = Zip([("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"u8.ToArray())]);
        var (workbook, diagnostics) = Open(docx);
        Assert.Null(workbook);
        Assert.Contains("not an Excel workbook", Assert.Single(diagnostics).Message);
    }

    [Fact]
    public void A_zip_bomb_is_refused_by_what_it_unpacks_to_not_by_what_it_declares()
    {
        // 64 MB of zeros compress to about 64 kB.
        var bomb = Zip([("xl/worksheets/sheet1.xml", new byte[64 * 1024 * 1024])]);
        Assert.True(bomb.Length < 200_000);
        var (workbook, diagnostics) = Open(bomb, WorkbookLimits.Default with { MaxEntryBytes = 16 * 1024 * 1024 });
        Assert.Null(workbook);
        Assert.Contains("unpacks to more than 16 MB", Assert.Single(diagnostics).Message);
    }

    [Fact]
    public void Too_many_entries_and_too_large_a_file_are_refused_before_reading()
    {
        var many = Zip(Enumerable.Range(0, 20).Select(i => ($"x{i}.xml", new byte[1])));
        var (_, diagnostics) = Open(many, WorkbookLimits.Default with { MaxEntries = 10 });
        Assert.Contains("20 parts", Assert.Single(diagnostics).Message);

        (_, diagnostics) = Open(many, WorkbookLimits.Default with { MaxFileBytes = 100 });
        Assert.Contains("larger than", Assert.Single(diagnostics).Message);
    }

    [Fact]
    public void Total_unpacked_size_is_capped_across_entries()
    {
        var parts = Zip(Enumerable.Range(0, 5).Select(i => ($"x{i}.xml", new byte[4 * 1024 * 1024])));
        var (_, diagnostics) = Open(parts, WorkbookLimits.Default with { MaxTotalBytes = 10 * 1024 * 1024 });
        Assert.Contains("unpacks to more than 10 MB", Assert.Single(diagnostics).Message);
    }

    private static readonly int[] ColumnNumbers = [1, 26, 27, 52, 53, 16384];

    [Fact]
    public void Cell_locations_print_as_excel_references()
    {
        Assert.Equal("data/x/tabel1.xlsx:tabel1!B12", SourceLocation.InSheet("data/x/tabel1.xlsx", "tabel1", 12, 2).ToString());
        Assert.Equal("tabeller.xlsx:'Tabel 1'!12:12", SourceLocation.InSheet("tabeller.xlsx", "Tabel 1", 12).ToString());
        Assert.Equal("tabeller.xlsx:'Bob''s'!AA3", SourceLocation.InSheet("tabeller.xlsx", "Bob's", 3, 27).ToString());
        Assert.Equal("tabel1.csv:12", new SourceLocation("tabel1.csv", 12).AtColumn(3).ToString());
        Assert.Equal(["A", "Z", "AA", "AZ", "BA", "XFD"], ColumnNumbers.Select(CellReference.ColumnName));
    }
}
