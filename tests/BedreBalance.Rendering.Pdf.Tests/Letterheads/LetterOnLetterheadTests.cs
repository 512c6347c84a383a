using System.Text.RegularExpressions;
using BedreBalance.Document;
using BedreBalance.Rendering.Pdf.Letterheads;

namespace BedreBalance.Rendering.Pdf.Tests.Letterheads;

/// <summary>
/// The letter on the fictitious Eksempelministeriet's paper (tests/data/spm-346-brevpapir): its letterhead under the
/// pages, its margins (5,5 cm above the text on page 1, 3 cm on the others, 5 cm on the right for the address
/// block) and Carlito, the match of its template's Calibri.
/// </summary>
public class LetterOnLetterheadTests
{
    private const double Cm = 72 / 2.54;

    public static PageGeometry Page { get; } = new(21.0 * Cm, 29.7 * Cm, MarginTop: 3.0 * Cm, MarginRight: 5.0 * Cm, MarginBottom: 2.5 * Cm, MarginLeft: 2.5 * Cm)
    {
        FirstPageMarginTop = 5.5 * Cm,
    };

    private static readonly Lazy<Letterhead> Paper = new(() =>
    {
        var bytes = File.ReadAllBytes(RepositoryPaths.InRoot("tests", "data", "spm-346-brevpapir", "brevpapir.pdf"));
        return Letterhead.Read(bytes, "brevpapir.pdf").Letterhead ?? throw new InvalidOperationException("The fixture letterhead is refused.");
    });

    private static readonly Lazy<PdfReadBack> Letter = new(() => new PdfReadBack(Render()));

    private static byte[] Render()
    {
        using var output = new MemoryStream();
        PdfRenderer.Render(TestLetter.Create() with { Page = Page }, output, new PdfRenderOptions(Paper.Value, PdfTypeface.Carlito));
        return output.ToArray();
    }

    [Fact]
    public void Layout_snapshot()
    {
        ApprovalTests.Approvals.Verify(Letter.Value.LayoutSnapshot());
    }

    [Fact]
    public void The_text_starts_below_the_letterhead_on_page_1_and_higher_on_the_following_pages()
    {
        var pdf = Letter.Value;
        // The letter's lines start at the left margin; the letterhead's words stand elsewhere. Baselines, from the top.
        var tops = pdf.Pages.Select(runs => runs.Where(r => Math.Abs(r.X - Page.MarginLeft) < 0.1).Min(r => r.Top)).ToList();
        Assert.True(tops.Count >= 3, "the letter runs over at least three pages");
        var first = tops[0];
        Assert.True(first >= Page.FirstPageMarginTop && first <= Page.FirstPageMarginTop + 20, $"page 1's first line at {first}, margin {Page.FirstPageMarginTop}");
        Assert.All(tops.Skip(1), top => Assert.True(top >= Page.MarginTop && top <= Page.MarginTop + 20, $"a later page's first line at {top}, margin {Page.MarginTop}"));
        // Nothing of the letter's own (artifacts aside) reaches above the margins.
        var contentTops = pdf.ContentGlyphTops();
        Assert.True(contentTops[0].Min() >= Page.FirstPageMarginTop - 0.01);
        Assert.All(contentTops.Skip(1), page => Assert.True(page.Min() >= Page.MarginTop - 0.01));
        Assert.True(tops[1] < first - 2 * Cm, "page 2 starts higher than page 1");
    }

    [Fact]
    public void No_letter_text_reaches_into_the_right_margin_where_the_address_block_is()
    {
        var right = Page.Width - Page.MarginRight + 0.01;
        Assert.All(Letter.Value.ContentGlyphRights(), page => Assert.All(page, r => Assert.True(r <= right, $"{r} > {right}")));
    }

    [Fact]
    public void The_letterhead_pages_lie_under_every_page_as_two_shared_form_XObjects_inside_artifacts()
    {
        var raw = Letter.Value.Raw;
        var forms = Regex.Count(raw, @"/Subtype\s*/Form");
        Assert.Equal(2, forms);
        // Each page's content begins with the letterhead, in a pagination artifact, before any of the letter's own text
        // (after the canvas's clip to the whole page, which opens the page's graphics state before any marked content).
        using var pdf = PdfSharp.Pdf.IO.PdfReader.Open(new MemoryStream(Letter.Value.Bytes), PdfSharp.Pdf.IO.PdfDocumentOpenMode.Import);
        foreach (var page in pdf.Pages)
        {
            var content = string.Concat(page.Contents.Elements.Select(e => e is PdfSharp.Pdf.Advanced.PdfReference r ? r.Value : e)
                .OfType<PdfSharp.Pdf.PdfDictionary>().Select(d => System.Text.Encoding.Latin1.GetString(d.Stream.UnfilteredValue)));
            Assert.Matches(@"^\s*(q\s+)*(1 0 0 -1 0 841.89 cm\s+)?([-\d.]+ [-\d.]+ [ml]\s+)*(h\s+)?(W\*? n\s+)?/Artifact\s*<</Type /Pagination /Subtype /Header>>\s*BDC\s+[^B]*?/\w+\s+Do\s+Q\s+EMC", content);
        }
        // The letterhead's words are drawn but are no part of the letter's content.
        Assert.Contains(Letter.Value.Pages[0], run => run.Text.Contains("Eksempelministeriet", StringComparison.Ordinal));
        Assert.DoesNotContain("Eksempelministeriet", Letter.Value.ContentWords());
    }

    [Fact]
    public void The_letter_is_set_in_Carlito_and_the_words_are_still_the_published_words()
    {
        Assert.All(Letter.Value.Pages.SelectMany(p => p).Where(r => !r.Text.Contains("ksempel", StringComparison.Ordinal) && !r.Text.Contains("FIKTIVT", StringComparison.Ordinal)),
            run => Assert.StartsWith("Carlito", run.Font));
        Assert.Equal(string.Join("\n", ReferenceText.Words()), string.Join("\n", Letter.Value.ContentWords()));
    }

    [Fact]
    public void Two_renderings_are_byte_identical() => Assert.Equal(Letter.Value.Bytes, Render());
}
