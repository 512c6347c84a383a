using System.IO.Compression;
using System.Security.Cryptography;
using BedreBalance.Document;
using BedreBalance.Letter;
using BedreBalance.Rendering.Docx.Tests.Templates;
using Xunit;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace BedreBalance.Rendering.Docx.Tests;

/// <summary>
/// The body of document.xml is written as it is produced, a table row by row from the model, instead of being built
/// as the Open XML SDK's element tree and then saved. It must give what the tree gave, at any size and with a
/// template, and refuse what Word cannot show before anything is written.
/// </summary>
public sealed class StreamedBodyTests
{
    /// <summary>
    /// SHA-256 of word/document.xml for Table 1 scaled to 10.000 rows, as the SDK's element tree wrote it (main at
    /// 6dc71df, the last commit that built the tree): plain, and in the fixture template with its first page 5,5 cm down.
    /// The golden package snapshot covers the shipped letter's 100 rows; these cover a body the size the issue measures.
    /// </summary>
    private const string TenThousandRowsSha256 = "a7bbe3481f225653d404594d57112b223ffed1f3bddb6e5a1245161dddfb25c1";
    private const string TenThousandRowsInTemplateSha256 = "e788704675cc0ed841ffc20e2f828036c8fd4232f54c47d039d6aded8abfa5ba";

    private static readonly Lazy<LetterDocument> TenThousandRows = new(() =>
        LetterComposer.Compose(SyntheticDatasets.WithMunicipalityRows(10_000)).Document
        ?? throw new InvalidOperationException("The scaled letter does not compose."));

    private static readonly Lazy<byte[]> TenThousandRowsDocx = new(() => Rendered.Render(TenThousandRows.Value));

    [Fact]
    public void Ten_thousand_rows_give_the_bytes_the_element_tree_gave()
    {
        Assert.Equal(TenThousandRowsSha256, DocumentPartSha256(TenThousandRowsDocx.Value));
    }

    [Fact]
    public void Ten_thousand_rows_in_a_template_give_the_bytes_the_element_tree_gave()
    {
        var letter = TenThousandRows.Value with { Page = TemplateFixture.Letter.Page };
        Assert.Equal(TenThousandRowsInTemplateSha256, DocumentPartSha256(TemplateFixture.Render(letter, TemplateFixture.Template)));
    }

    [Fact]
    public void Every_row_of_a_large_table_reads_back_through_the_sdk_as_the_models_row()
    {
        var model = TenThousandRows.Value.Blocks.OfType<Table>().First();
        using var document = DocxDump.Open(TenThousandRowsDocx.Value);
        var rows = document.MainDocumentPart!.Document!.Body!.Elements<W.Table>().First().Elements<W.TableRow>().ToList();

        // The caption and the column header repeat on every page; no other row does, and none splits.
        Assert.Equal(2 + model.Body.Count, rows.Count);
        Assert.All(rows, row => Assert.NotNull(row.TableRowProperties?.GetFirstChild<W.CantSplit>()));
        Assert.All(rows.Take(2), row => Assert.NotNull(row.TableRowProperties!.GetFirstChild<W.TableHeader>()));
        Assert.DoesNotContain(rows.Skip(2), row => row.TableRowProperties!.GetFirstChild<W.TableHeader>() is not null);
        Assert.Equal(CellTexts(model.Header), rows[1].Elements<W.TableCell>().Select(cell => cell.InnerText));

        var groups = 0;
        for (var i = 0; i < model.Body.Count; i++)
        {
            var expected = model.Body[i];
            var cells = rows[2 + i].Elements<W.TableCell>().ToList();
            Assert.Equal(CellTexts(expected), cells.Select(cell => cell.InnerText));
            var strong = expected.Kind is RowKind.Group or RowKind.Total;
            Assert.All(cells.SelectMany(cell => cell.Descendants<W.Run>()), run => Assert.Equal(strong, run.RunProperties?.Bold is not null));
            Assert.Equal(expected.Kind == RowKind.Total, cells[0].TableCellProperties!.TableCellBorders?.TopBorder is not null);
            if (expected.Kind == RowKind.Group)
            {
                groups++;
                Assert.NotNull(cells[0].GetFirstChild<W.Paragraph>()!.ParagraphProperties!.KeepNext);
            }
        }
        Assert.Equal(5, groups);
    }

    [Fact]
    public void The_body_is_the_same_in_a_template_but_for_its_section()
    {
        var letter = TemplateFixture.Letter;
        var inTemplate = BodyBeforeSection(TemplateFixture.Render(letter, TemplateFixture.Template));
        var withoutTemplate = BodyBeforeSection(TemplateFixture.Render(letter, template: null));
        Assert.Equal(withoutTemplate, inTemplate);
        Assert.Contains("Tabel 1", inTemplate);
    }

    [Fact]
    public void A_table_Word_cannot_show_is_refused_before_a_byte_is_written()
    {
        // The faulty row is the last of the letter's last table, so a writer that checked rows only as it wrote them
        // would have written the package up to there.
        var letter = TestLetter.Create();
        var last = letter.Blocks.OfType<Table>().Last();
        var faulty = last with { Body = [.. last.Body, new TableRow(RowKind.Data, [new TableCell([new Run("én celle for lidt")])])] };
        using var output = new MemoryStream();

        var error = Assert.Throws<ArgumentException>(() => DocxRenderer.Render(letter with { Blocks = [.. letter.Blocks.Where(b => b != last), faulty] }, output));

        Assert.Contains("1 cells; the table has 2 columns", error.Message);
        Assert.Equal(0, output.Length);
    }

    [Fact]
    public void A_note_in_an_unknown_style_is_refused_before_a_byte_is_written()
    {
        var letter = TestLetter.Create();
        var last = letter.Blocks.OfType<Table>().Last();
        var faulty = last with { Notes = [.. last.Notes, new Paragraph("Quote", [new Run("x")])] };
        using var output = new MemoryStream();

        var error = Assert.Throws<NotSupportedException>(() => DocxRenderer.Render(letter with { Blocks = [.. letter.Blocks.Where(b => b != last), faulty] }, output, TemplateFixture.Template));

        Assert.Contains("'Quote'", error.Message);
        Assert.Equal(0, output.Length);
    }

    private static IEnumerable<string> CellTexts(TableRow row) => row.Cells.Select(cell => string.Concat(cell.Runs.Select(run => run.Text)));

    private static string DocumentPartSha256(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var part = zip.GetEntry("word/document.xml")!.Open();
        return Convert.ToHexStringLower(SHA256.HashData(part));
    }

    private static string BodyBeforeSection(byte[] docx)
    {
        using var document = DocxDump.Open(docx);
        var body = document.MainDocumentPart!.Document!.Body!;
        return string.Concat(body.ChildElements.Where(element => element is not W.SectionProperties).Select(element => element.OuterXml));
    }
}
