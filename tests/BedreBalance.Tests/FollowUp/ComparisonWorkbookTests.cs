using BedreBalance.Dataset.Workbooks;
using BedreBalance.Domain;
using BedreBalance.Letter.FollowUp;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Xunit;

namespace BedreBalance.Tests.FollowUp;

public class ComparisonWorkbookTests
{
    private static readonly DatasetComparison Sample = new(
        "før", "efter", "november 2018", "maj 2019",
        Regions: [new RegionChange("Region Syddanmark", new NumberChange(1240, 1340))],
        Municipalities:
        [
            new MunicipalityChange("Odense Kommune", "Region Syddanmark", "Region Syddanmark", new NumberChange(504, 616)),
            new MunicipalityChange("Sorø Kommune", "Region Sjælland", null, new NumberChange(12, null)),
        ],
        Institutions: [new InstitutionJobsChange("=HYPERLINK(\"http://x\")", new NumberChange(null, 5), new ListChange([], ["Aarhus"], ["Aarhus"], []))],
        Stations: [],
        Totals: [new TotalChange("Tabel 1: jobs", new NumberChange(2872, 2972))],
        Sentences: [new SentenceChange("Paragraph 3", "Der er 2.872;\u0001 i alt _x0041_.", "Der er 2.972.")]);

    private static byte[] Package(DatasetComparison comparison) => RawWorkbook.Zip(ComparisonWorkbook.Parts(comparison));

    [Fact]
    public void The_package_is_valid_spreadsheetml_with_a_summary_and_one_sheet_per_section()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Package(Sample)), false);
        var errors = new OpenXmlValidator().Validate(document, TestContext.Current.CancellationToken).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.Empty(errors);

        var diagnostics = new List<Diagnostic>();
        using var workbook = Workbook.Open(Package(Sample), "report.xlsx", diagnostics)!;
        Assert.Equal(["Summary", "Follow-up month", "Regions (Tabel 1)", "Municipalities (Tabel 1)", "Institutions (Tabel 2)", "Totals and figures", "Letter text"],
            workbook.Worksheets.Select(s => s.Name));
    }

    [Fact]
    public void Numbers_are_numbers_text_is_never_a_formula_and_the_header_row_is_frozen()
    {
        var parts = ComparisonWorkbook.Parts(Sample).ToDictionary(p => p.Name, p => System.Text.Encoding.UTF8.GetString(p.Data));
        var municipalities = parts["xl/worksheets/sheet4.xml"];
        Assert.Contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\" />", municipalities);
        Assert.Contains("<c r=\"B2\" s=\"2\"><v>504</v></c><c r=\"C2\" s=\"2\"><v>616</v></c><c r=\"D2\" s=\"3\"><v>112</v></c>", municipalities);
        // Sorø has no "after": no cell, not a zero.
        Assert.Contains("<c r=\"B3\" s=\"2\"><v>12</v></c><c r=\"D3\" s=\"3\"><v>-12</v></c>", municipalities);
        Assert.DoesNotContain("<f>", string.Concat(parts.Values));
        Assert.Contains("<c r=\"A2\" t=\"inlineStr\"><is><t>=HYPERLINK(\"http://x\")</t></is></c>", parts["xl/worksheets/sheet5.xml"]);

        var diagnostics = new List<Diagnostic>();
        using var workbook = Workbook.Open(Package(Sample), "report.xlsx", diagnostics)!;
        var rows = workbook.ReadRows(workbook.Worksheets[3], diagnostics)!;
        Assert.Equal(["Municipality", "Before", "After", "Change", "Details"], rows[0].Cells.Select(c => c.Text));
        Assert.Equal(["Odense Kommune", "504", "616", "112", "Region Syddanmark"], rows[1].Cells.Select(c => c.Text));
        // A control character and text that looks like an escape come back as they were.
        var letter = workbook.ReadRows(workbook.Worksheets[6], diagnostics)!;
        Assert.Equal("Der er 2.872;\u0001 i alt _x0041_.", letter[1].Cells[1].Text);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void The_same_comparison_gives_the_same_parts()
    {
        var first = ComparisonWorkbook.Parts(Sample);
        var second = ComparisonWorkbook.Parts(Sample with { });
        Assert.Equal(first.Select(p => p.Name), second.Select(p => p.Name));
        Assert.All(first.Zip(second), pair => Assert.Equal(pair.First.Data, pair.Second.Data));
        Assert.Equal(first.Select(p => p.Name).Order(StringComparer.Ordinal), first.Select(p => p.Name));
    }

    [Theory]
    [InlineData("Letter text (places as in the new letter)", "Letter text")]
    [InlineData("A/B: [x]?*", "AB x")]
    [InlineData("Summary", "Summary 2")]
    [InlineData("summary", "summary 2")]
    [InlineData("abcdefghijklmnopqrstuvwxyzabcdefghij", "abcdefghijklmnopqrstuvwxyzabcde")]
    public void Sheet_names_follow_excels_rules(string title, string expected)
    {
        Assert.Equal(expected, ComparisonWorkbook.UniqueSheetName(title, new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Summary" }));
    }
}
