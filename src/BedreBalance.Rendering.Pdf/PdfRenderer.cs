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
    public static void Render(LetterDocument document, Stream output, PdfRenderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        var bytes = RenderToBytes(document, LetterTypography.Default, options ?? PdfRenderOptions.Default);
        output.Write(bytes);
    }

    internal static byte[] RenderToBytes(LetterDocument document, LetterTypography typography, PdfRenderOptions? options = null)
    {
        options ??= PdfRenderOptions.Default;
        // PDFsharp formats dates and numbers with the current culture; pin it so no user setting leaks in.
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        try
        {
            using var pdf = CreateDocument(document.Metadata);
            using var fonts = new PdfSharpFonts(options.Typeface);
            using var canvas = new PdfSharpCanvas(pdf, fonts, document.Page.Width, document.Page.Height, options.Letterhead);
            var root = new DocumentLayout(fonts, typography).Build(document);
            PageComposer.Compose(root, document.Page, canvas, fonts, typography.PageNumber);
            canvas.Finish();
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

/// <summary>What the PDF needs beyond the document: the ministry's paper and the typeface that matches its Word template.</summary>
/// <param name="Letterhead">Drawn under every page (page 1 under the first, page 2 under the rest); none by default.</param>
/// <param name="Typeface">The letter's typeface; Liberation Serif (Times New Roman's metrics) by default.</param>
public sealed record PdfRenderOptions(Letterheads.Letterhead? Letterhead = null, PdfTypeface Typeface = PdfTypeface.LiberationSerif)
{
    public static PdfRenderOptions Default { get; } = new();
}
