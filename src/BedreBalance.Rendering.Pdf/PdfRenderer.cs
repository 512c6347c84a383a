using System.Globalization;
using BedreBalance.Document;
using BedreBalance.Rendering.Pdf.Layout;
using BedreBalance.Rendering.Pdf.PdfSharpBackend;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace BedreBalance.Rendering.Pdf;

/// <summary>
/// Renders a document as an archival (PDF/A), tagged PDF. The output depends on the document only:
/// the same document gives the same bytes on any machine, in any culture, at any time.
/// </summary>
public static class PdfRenderer
{
    public static void Render(LetterDocument document, Stream output) => RenderCountingPages(document, output);

    /// <summary>Renders as <see cref="Render"/> does and says how many pages the PDF has, as laid out.</summary>
    public static int RenderCountingPages(LetterDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        var bytes = RenderToBytes(document, LetterTypography.Default, out var pages);
        output.Write(bytes);
        return pages;
    }

    internal static byte[] RenderToBytes(LetterDocument document, LetterTypography typography) => RenderToBytes(document, typography, out _);

    internal static byte[] RenderToBytes(LetterDocument document, LetterTypography typography, out int pages)
    {
        // PDFsharp formats dates and numbers with the current culture; pin it so no user setting leaks in.
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        try
        {
            using var pdf = CreateDocument(document.Metadata);
            using var fonts = new PdfSharpFonts();
            var canvas = new PdfSharpCanvas(pdf, fonts, document.Page.Width, document.Page.Height);
            var root = new DocumentLayout(fonts, typography).Build(document);
            PageComposer.Compose(root, document.Page, canvas, fonts, typography.PageNumber);
            canvas.Finish();
            pages = pdf.PageCount;
            using var buffer = new MemoryStream();
            pdf.Save(buffer);
            var metadata = document.Metadata;
            var escaped = XmpEscaping.Escape(buffer.ToArray(), [metadata.Title, metadata.Author, metadata.Subject]);
            // Complete zlib streams and CIDSets (PDF/A-1), then fixed identifiers: the last step hashes the final content.
            return ReproducibleOutput.Rewrite(ArchivalRewrite.Apply(escaped));
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    private static PdfDocument CreateDocument(BedreBalance.Document.DocumentMetadata metadata)
    {
        var pdf = new PdfDocument();
        pdf.SetPdfA();
        pdf.Info.Title = metadata.Title;
        pdf.Info.Author = metadata.Author;
        pdf.Info.Subject = metadata.Subject;
        pdf.Info.Creator = "BedreBalance";
        // In UTC, so that neither the PDF date nor the XMP date depends on the machine's time zone.
        pdf.Info.CreationDate = metadata.Created.UtcDateTime;
        pdf.Info.ModificationDate = metadata.Created.UtcDateTime;
        pdf.ViewerPreferences.DisplayDocTitle = true;
        UAManager.ForDocument(pdf).SetDocumentLanguage(metadata.Language);
        return pdf;
    }
}
