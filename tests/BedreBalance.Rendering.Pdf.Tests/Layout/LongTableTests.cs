using System.Globalization;
using System.Text;
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
}
