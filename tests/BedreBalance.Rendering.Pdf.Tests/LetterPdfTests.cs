using System.Globalization;
using BedreBalance.Document;

namespace BedreBalance.Rendering.Pdf.Tests;

/// <summary>The letter as a PDF, read back: what a reader, an archive and a screen reader get.</summary>
public class LetterPdfTests
{
    private static readonly Lazy<PdfReadBack> Letter = new(() => PdfReadBack.Render(TestLetter.Create()));

    [Fact]
    public void Layout_snapshot()
    {
        ApprovalTests.Approvals.Verify(Letter.Value.LayoutSnapshot());
    }

    [Fact]
    public void The_words_in_reading_order_are_the_published_words()
    {
        var expected = ReferenceText.Words();
        var actual = Letter.Value.ContentWords();

        Assert.Equal(string.Join("\n", expected), string.Join("\n", actual));
    }

    [Fact]
    public void A_hyphen_the_layout_inserts_is_drawn_but_readers_get_the_whole_word()
    {
        var pdf = Letter.Value;
        var lineEnds = pdf.Pages.SelectMany(page => page).Select(run => run.Text).Where(text => text.EndsWith('-')).ToList();
        var words = pdf.ContentWords();

        // Drawn: "… statslige arbejdsplad-" / "ser til byer …"; read (PdfPig, through the tag tree's /ActualText): "arbejdspladser".
        Assert.Contains(lineEnds, text => text.EndsWith(" arbejdsplad-", StringComparison.Ordinal));
        Assert.Contains(pdf.Pages.SelectMany(page => page), run => run.Text.StartsWith("ser til byer", StringComparison.Ordinal));
        Assert.Contains("arbejdspladser", words);
        Assert.DoesNotContain("ser", words);
        // The only words that end with a hyphen are the letter's own ("kommune- og regionsniveau").
        Assert.Equal(["kommune-"], words.Where(w => w.EndsWith('-')).Distinct());
    }

    [Fact]
    public void No_glyph_lies_outside_the_margins_except_the_page_number_in_the_bottom_margin()
    {
        var page = PageGeometry.A4Letter;
        const double tolerance = 0.01;
        var pdf = Letter.Value;
        for (var p = 0; p < pdf.VisibleGlyphs.Count; p++)
        {
            var outside = pdf.VisibleGlyphs[p].Where(g =>
                g.Left < page.MarginLeft - tolerance || g.Right > page.Width - page.MarginRight + tolerance
                || g.Top < page.MarginTop - tolerance || g.Bottom > page.Height - page.MarginBottom + tolerance).ToList();
            Assert.Equal((p + 1).ToString(CultureInfo.InvariantCulture), string.Concat(outside.Select(g => g.Value)));
            Assert.All(outside, g =>
            {
                Assert.True(g.Top > page.Height - page.MarginBottom, "page number in the bottom margin");
                Assert.True(g.Right <= page.Width - page.MarginRight + tolerance, "page number within the text column");
            });
        }
    }

    [Fact]
    public void Every_page_a_table_continues_on_starts_with_its_caption_and_header()
    {
        var document = TestLetter.Create();
        var pdf = Letter.Value;
        var continued = 0;
        foreach (var table in document.Blocks.OfType<Table>())
        {
            var first = FirstPageWith(pdf, table.Label);
            var last = FirstPageWith(pdf, Cell(table.Body[^1].Cells[0]), from: first); // its last row (a total: "I alt")
            for (var p = first + 1; p <= last; p++)
            {
                var top = string.Join(" ", pdf.Pages[p].Take(12).Select(r => r.Text));
                var expected = string.Join(" ", [table.Label, string.Concat(table.Subtitle.Select(r => r.Text)), .. table.Header.Cells.Select(Cell)]);
                Assert.StartsWith(Normalize(expected), Normalize(top));
                continued++;
            }
        }
        Assert.True(continued > 0, "the letter's Table 1 continues on a second page");
    }

    [Fact]
    public void Two_renderings_are_byte_identical()
    {
        // PDFsharp would write a random subset tag, XMP uuids and trailer /ID each time; the renderer fixes them.
        Assert.Equal(Render(TestLetter.Create()), Letter.Value.Bytes);
        Assert.Matches(@"/ID\s*\[\s*<[0-9A-Fa-f]{32}>", Letter.Value.Raw);
    }

    [Fact]
    public void A_stream_that_cannot_seek_gets_the_same_bytes_as_a_file()
    {
        // A file is written straight and its identifiers patched by seeking back; a forward-only stream (a pipe, a
        // web response) gets the finished file from a buffer. Both must be the same file, nothing before or after it.
        using var forwardOnly = new ForwardOnlyStream();
        PdfRenderer.Render(TestLetter.Create(), forwardOnly);

        Assert.Equal(Letter.Value.Bytes, forwardOnly.ToArray());
    }

    private sealed class ForwardOnlyStream : MemoryStream
    {
        public override bool CanSeek => false;
        public override long Position { get => base.Position; set => throw new NotSupportedException(); }
        public override long Seek(long offset, SeekOrigin loc) => throw new NotSupportedException();
    }

    [Fact]
    public void Different_content_gets_different_identifiers()
    {
        var other = TestLetter.Create() with { Blocks = TestLetter.Create().Blocks.SkipLast(1).ToList() };
        static string Ids(string raw) => System.Text.RegularExpressions.Regex.Match(raw, @"/ID\s*\[[^\]]*\]").Value;

        Assert.NotEqual(Ids(Letter.Value.Raw), Ids(new PdfReadBack(Render(other)).Raw));
    }

    [Fact]
    public void Is_an_A4_tagged_PDF_A_with_embedded_fonts_and_the_document_metadata()
    {
        var pdf = Letter.Value;
        var raw = pdf.Raw;

        Assert.All(pdf.PageSizes, size =>
        {
            Assert.Equal(595.28, size.Width, 1);
            Assert.Equal(841.89, size.Height, 1);
        });
        Assert.Contains("<pdfaid:part>1</pdfaid:part>", raw, StringComparison.Ordinal);
        Assert.Contains("/StructTreeRoot", raw, StringComparison.Ordinal);
        Assert.Matches(@"/MarkInfo\s+\d+\s+0\s+R", raw);
        Assert.Matches(@"<<\s*/Marked\s*true\s*>>", raw);
        Assert.Matches(@"/Lang\s*\(da-DK\)", raw);
        Assert.Equal(2, CountOf(raw, "/FontFile2")); // regular and bold subsets, both embedded
        // The dataset's date, in UTC, whatever the machine's clock or time zone.
        var created = TestLetter.Create().Metadata.Created.UtcDateTime;
        Assert.Contains($"<xmp:CreateDate>{created:yyyy-MM-dd'T'HH:mm:ss}Z</xmp:CreateDate>", raw, StringComparison.Ordinal);
        Assert.Contains($"/CreationDate(D:{created:yyyyMMddHHmmss}+00'00')", raw.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains($"/ModDate(D:{created:yyyyMMddHHmmss}+00'00')", raw.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_of_two_thousand_rows_flows_over_as_many_pages_as_it_needs()
    {
        var table = TestLetter.Table1();
        var rows = new List<TableRow>();
        for (var i = 1; i <= 2000; i++)
        {
            if (i % 100 == 1)
            {
                rows.Add(new TableRow(RowKind.Group, [new TableCell([new Run($"Region{i / 100 + 1:00}")], IsRowHeader: true), new TableCell([])]));
            }
            rows.Add(new TableRow(RowKind.Data, [new TableCell([new Run($"Kommune{i:0000}")]), new TableCell([new Run(TestLetter.Danish(i))])]));
        }
        rows.Add(new TableRow(RowKind.Total, [new TableCell([new Run("I alt")], IsRowHeader: true), new TableCell([new Run(TestLetter.Danish(2000 * 2001 / 2))])]));
        var document = TestLetter.Create() with { Blocks = [table with { Body = rows }] };

        var pdf = PdfReadBack.Render(document);

        Assert.True(pdf.Pages.Count >= 40, $"{pdf.Pages.Count} pages");
        foreach (var page in pdf.Pages.Skip(1).SkipLast(1))
        {
            Assert.Equal(["Tabel 1", "Flyttede og etablerede statslige arbejdspladser pr. kommune og region (november 2018)"], page.Take(2).Select(r => r.Text));
            Assert.Equal("Kommune", page[2].Text);
        }
        var words = pdf.ContentWords();
        Assert.Equal(Enumerable.Range(1, 2000).Select(i => $"Kommune{i:0000}"), words.Where(w => w.StartsWith("Kommune", StringComparison.Ordinal) && w.Length == 11));
        var total = words.IndexOf("alt");
        Assert.True(total > words.IndexOf("Kommune2000"), "the total follows the last row");
        Assert.Equal("2.001.000", words[total + 1]);
        Assert.True(words.IndexOf("Anm.:") > total, "the notes follow the total");
    }

    private static byte[] Render(LetterDocument document)
    {
        using var output = new MemoryStream();
        PdfRenderer.Render(document, output);
        return output.ToArray();
    }

    private static int FirstPageWith(PdfReadBack pdf, string text, int from = 0)
    {
        for (var p = from; p < pdf.Pages.Count; p++)
        {
            if (pdf.Pages[p].Any(r => r.Text == text)) return p;
        }
        throw new InvalidOperationException($"\"{text}\" is on no page.");
    }

    private static string Cell(TableCell cell) => string.Concat(cell.Runs.Select(r => r.Text));

    private static string Normalize(string text) => string.Join(" ", text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static int CountOf(string text, string value) => (text.Length - text.Replace(value, "", StringComparison.Ordinal).Length) / value.Length;
}

public class PdfRendererArgumentTests
{
    [Fact]
    public void A_row_with_the_wrong_number_of_cells_is_refused_with_the_table_named()
    {
        var table = TestLetter.Table3();
        var broken = table with { Body = [new TableRow(RowKind.Data, [new TableCell([new Run("only one")])])] };
        var document = TestLetter.Create() with { Blocks = [broken] };

        var error = Assert.Throws<ArgumentException>(() => PdfRenderer.Render(document, new MemoryStream()));
        Assert.Contains("Tabel 3", error.Message, StringComparison.Ordinal);
    }
}
