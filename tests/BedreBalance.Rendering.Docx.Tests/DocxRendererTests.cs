using ApprovalTests;
using BedreBalance.Document;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Validation;
using Xunit;

namespace BedreBalance.Rendering.Docx.Tests;

public sealed class DocxRendererTests
{
    [Fact]
    public void Snapshot_of_the_letter_as_Word_reads_it()
    {
        Approvals.Verify(DocxDump.Write(Rendered.Letter));
    }

    [Fact]
    public void Validator_reports_no_errors()
    {
        AssertValid(Rendered.Letter);
    }

    [Fact]
    public void Words_in_the_docx_are_the_document_models_words_in_order()
    {
        var letter = TestLetter.Create();
        Assert.Equal(TextDump.Words(letter).ToList(), DocxDump.Words(Rendered.Render(letter)));
    }

    [Fact]
    public void Formatting_the_letter_needs_is_direct_formatting_the_rest_comes_from_styles()
    {
        var dump = DocxDump.Write(Rendered.Letter);
        Assert.Contains("Guldborgsund Kommune^1^", dump);
        Assert.Contains("*Region Syddanmark*", dump);
        Assert.Contains("rule above single: [TableText] *I alt*", dump);
        Assert.Contains("*Kommune*", dump); // the header row is bold directly: the table's first row is its caption
    }

    [Fact]
    public void Unknown_paragraph_style_is_refused_with_its_name()
    {
        var letter = TestLetter.Create() with { Blocks = [new Paragraph("Quote", [new Run("x")])] };
        var error = Assert.Throws<NotSupportedException>(() => Rendered.Render(letter));
        Assert.Contains("'Quote'", error.Message);
    }

    [Fact]
    public void Row_with_the_wrong_number_of_cells_is_refused()
    {
        var table = new Table("Tabel 9", [], [new ColumnSpec(1, ColumnAlignment.Left), new ColumnSpec(1, ColumnAlignment.Right)],
            new TableRow(RowKind.Data, [new TableCell([new Run("A")]), new TableCell([new Run("B")])]),
            [new TableRow(RowKind.Data, [new TableCell([new Run("only one")])])], []);
        var letter = TestLetter.Create() with { Blocks = [table] };
        var error = Assert.Throws<ArgumentException>(() => Rendered.Render(letter));
        Assert.Contains("1 cells; the table has 2 columns", error.Message);
    }

    internal static void AssertValid(byte[] docx)
    {
        using var document = DocxDump.Open(docx);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}
