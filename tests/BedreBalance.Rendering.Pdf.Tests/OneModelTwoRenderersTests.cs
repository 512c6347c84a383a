using BedreBalance.Rendering.Docx;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace BedreBalance.Rendering.Pdf.Tests;

/// <summary>One document model, two renderers: a reader of either file reads the same words in the same order.</summary>
public class OneModelTwoRenderersTests
{
    [Fact]
    public void The_docx_has_the_pdfs_words_in_the_pdfs_order()
    {
        var letter = TestLetter.Create();
        var pdfWords = PdfReadBack.Render(letter).ContentWords();

        using var docx = new MemoryStream();
        DocxRenderer.Render(letter, docx);
        using var word = WordprocessingDocument.Open(new MemoryStream(docx.ToArray()), isEditable: false);
        var docxWords = word.MainDocumentPart!.Document!.Body!.Descendants<W.Paragraph>()
            .SelectMany(paragraph => ParagraphText(paragraph).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .ToList();

        Assert.Equal(string.Join("\n", pdfWords), string.Join("\n", docxWords));
    }

    // Breaks and tabs separate words as a space does; the body's footer (page number) is not body text.
    private static string ParagraphText(W.Paragraph paragraph) =>
        string.Concat(paragraph.Descendants().Select(element => element switch
        {
            W.Text text => text.Text,
            W.Break or W.TabChar => " ",
            _ => "",
        }));
}
