using BedreBalance.Rendering.Pdf.Layout;
using BedreBalance.Rendering.Pdf.PdfSharpBackend;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace BedreBalance.Rendering.Pdf.Tests;

/// <summary>The canvas's ActualText span on PDFsharp, read back as a tagged-PDF reader reads it.</summary>
public class ActualTextAcrossPagesTests
{
    [Fact]
    public void A_word_hyphenated_across_a_page_break_is_read_once_and_whole()
    {
        using var fonts = new PdfSharpFonts();
        using var pdf = new PdfDocument();
        // As the renderer makes it: PDF/A, whose saved file is the shape the archival rewrite reads.
        pdf.SetPdfA();
        UAManager.ForDocument(pdf).SetDocumentLanguage("da-DK");
        var canvas = new PdfSharpCanvas(pdf, fonts, 595, 842);
        var font = LetterTypography.Default.Body;

        canvas.BeginPage(1);
        canvas.BeginStructure(StructureTag.Paragraph);
        canvas.DrawText("Statslige ", font, 72, 800);
        canvas.BeginActualText("arbejdspladser");
        canvas.DrawText("arbejds-", font, 72 + fonts.Width("Statslige ", font), 800);
        canvas.BeginPage(2);
        canvas.DrawText("pladser", font, 72, 100);
        canvas.EndActualText();
        canvas.DrawText(" i byer", font, 72 + fonts.Width("pladser", font), 100);
        canvas.EndStructure();
        canvas.Finish();
        using var buffer = new MemoryStream();
        pdf.Save(buffer, closeStream: false);
        // The structure's elements are written after PDFsharp's save, by the archival rewrite, as the renderer does.
        canvas.Structure.NumberAfterSave();
        buffer.Position = 0;
        using var archival = ArchivalRewrite.Apply(buffer, canvas.Structure);

        var read = new PdfReadBack(archival.ToArray());

        // Drawn: "arbejds-" at the foot of page 1, "pladser" at the top of page 2; read: the word, once.
        Assert.Equal(["Statslige", "arbejdspladser", "i", "byer"], read.ContentWords());
        Assert.Equal(["Statslige arbejds-"], read.Pages[0].Select(r => r.Text));
        Assert.Equal("pladser i byer", read.Pages[1][0].Text);
    }
}
