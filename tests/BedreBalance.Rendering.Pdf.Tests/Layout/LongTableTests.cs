using System.Globalization;
using System.Text;
using BedreBalance.Document;
using BedreBalance.Letter;
using BedreBalance.Rendering.Pdf.Layout;
using BedreBalance.Rendering.Pdf.PdfSharpBackend;

namespace BedreBalance.Rendering.Pdf.Tests.Layout;

/// <summary>
/// A long table, as the scaled letters have it: its pages break where they always did, and its rows are laid out as
/// the page composer reaches them and let go once drawn, so a table of any length holds a page or two of rows.
/// </summary>
public class LongTableTests
{
    /// <summary>
    /// The letter with Table 1 at 2.000 rows, in the real fonts: each page's first and last text, where they stand
    /// and how many texts lie between. Laying rows out later, or letting them go sooner, must not move a break.
    /// </summary>
    [Fact]
    public void The_letter_with_two_thousand_rows_breaks_its_pages_where_it_did()
    {
        var document = LetterComposer.Compose(SyntheticDatasets.WithMunicipalityRows(2_000)).Document!;
        var canvas = new RecordingCanvas();
        using (var fonts = new PdfSharpFonts())
        {
            var typography = LetterTypography.Default;
            PageComposer.Compose(new DocumentLayout(fonts, typography).Build(document), document.Page, canvas, fonts, typography.PageNumber);
        }

        var snapshot = new StringBuilder();
        foreach (var page in canvas.Pages)
        {
            var texts = page.Texts.Where(t => !t.IsArtifact).ToList();
            snapshot.Append(CultureInfo.InvariantCulture,
                $"page {page.Number}: {texts.Count} texts, {texts[0].BaselineY:0.0} \"{texts[0].Text.Trim()}\" … {texts[^1].BaselineY:0.0} \"{texts[^1].Text.Trim()}\"\n");
        }
        ApprovalTests.Approvals.Verify(snapshot.ToString());
    }

    /// <summary>
    /// 1.000 one-line rows on pages of 7 (the fake measurer's 10 pt lines under a 30 pt caption and header): when each
    /// page begins, no more than the rows of a page and the one that did not fit are laid out and held, and rows
    /// are laid out only as the table reaches them.
    /// </summary>
    [Fact]
    public void A_long_table_holds_the_rows_of_about_one_page_at_a_time()
    {
        var laidOut = 0;
        var body = new TableBody(1_000, i =>
        {
            laidOut++;
            return new TableRowBlocks(TableRowRole.Data, [Build.Cell($"row{i:0000}"), Build.Cell($"{i}", TextAlignment.Right)]);
        });
        var heldAtPageStart = new List<(int Held, int LaidOut)>();
        var canvas = new SampledCanvas(new RecordingCanvas(), () => heldAtPageStart.Add((body.Held, laidOut)));

        PageComposer.Compose(Table(body), new PageGeometry(100, 100, 0, 0, 0, 0), canvas, Build.Measurer, Build.Regular);

        Assert.Equal(143, heldAtPageStart.Count); // 1.000 rows, 7 a page
        Assert.All(heldAtPageStart, sample => Assert.InRange(sample.Held, 0, 8));
        // Page p begins after the rows of p - 1 pages are drawn and the next page's first row was measured.
        Assert.All(heldAtPageStart.Select((sample, page) => (sample.LaidOut, page)), s => Assert.InRange(s.LaidOut, 7 * s.page, 7 * s.page + 8));
        Assert.Equal(1_000, laidOut); // every row once: none laid out twice
        Assert.Equal(0, body.Held);
    }

    /// <summary>A drawn row's text blocks (and the lines they broke) are garbage once its page is done, while the table lives on.</summary>
    [Fact]
    public void Rows_drawn_are_let_go_while_the_table_lives_on()
    {
        var rows = new List<WeakReference<TextBlock>>();
        var body = new TableBody(50, i =>
        {
            var cell = Build.Cell($"row{i:0000}");
            rows.Add(new WeakReference<TextBlock>(cell));
            return new TableRowBlocks(TableRowRole.Data, [cell, Build.Cell($"{i}", TextAlignment.Right)]);
        });
        var table = Table(body);

        Build.LayOut(table, width: 100, pageHeight: 100);
        GC.Collect();
        GC.WaitForPendingFinalizers();

        Assert.Equal(50, rows.Count);
        Assert.All(rows, row => Assert.False(row.TryGetTarget(out _)));
        GC.KeepAlive(table);
    }

    private static TableElement Table(TableBody body) => new(
        [Build.Text("Tabel 9"), Build.Text("Subtitle")],
        "Tabel 9: Subtitle",
        3,
        "tabel9",
        [new TableColumn(3, TextAlignment.Left), new TableColumn(1, TextAlignment.Right)],
        [Build.Text("Name"), Build.Text("Count", alignment: TextAlignment.Right)],
        body,
        new Column([]),
        new TableStyle(CellPaddingVertical: 0, CellPaddingHorizontal: 0, GroupSpace: 5, CaptionGap: 0, NotesGap: 0, RuleThickness: 0.5, FrameRuleThickness: 1),
        pageHeight: 100);

    /// <summary>Passes drawing on and takes a sample as each page begins.</summary>
    private sealed class SampledCanvas(ICanvas inner, Action atPageStart) : ICanvas
    {
        public void BeginPage(int pageNumber)
        {
            atPageStart();
            inner.BeginPage(pageNumber);
        }

        public void DrawText(string text, FontSpec font, double x, double baselineY) => inner.DrawText(text, font, x, baselineY);

        public void DrawHorizontalRule(double x1, double x2, double y, double thickness) => inner.DrawHorizontalRule(x1, x2, y, thickness);

        public void BeginStructure(StructureTag tag, StructureAttributes? attributes = null) => inner.BeginStructure(tag, attributes);

        public void EndStructure() => inner.EndStructure();

        public void BeginActualText(string text) => inner.BeginActualText(text);

        public void EndActualText() => inner.EndActualText();

        public void BeginArtifact(ArtifactKind kind) => inner.BeginArtifact(kind);

        public void EndArtifact() => inner.EndArtifact();

        public void AddBookmark(string title, int level, double y) => inner.AddBookmark(title, level, y);
    }
}
