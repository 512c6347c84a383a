using System.Globalization;
using System.Text;
using BedreBalance.Document;
using BedreBalance.Rendering.Pdf.Layout;
using BedreBalance.Rendering.Pdf.PdfSharpBackend;
using Microsoft.IO;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace BedreBalance.Rendering.Pdf;

/// <summary>
/// Renders a document as an archival (PDF/A), tagged PDF. The output depends on the document only:
/// the same document gives the same bytes on any machine, in any culture, at any time.
/// </summary>
public static class PdfRenderer
{
    public static void Render(LetterDocument document, Stream output, PdfRenderOptions? options = null) => RenderCountingPages(document, output, options);

    /// <summary>Renders as <see cref="Render"/> does and says how many pages the PDF has, as laid out.</summary>
    public static int RenderCountingPages(LetterDocument document, Stream output, PdfRenderOptions? options = null) =>
        RenderReporting(document, output, options).Pages;

    /// <summary>
    /// Renders as <see cref="Render"/> does and says how many pages the PDF has and, when the document is too large to
    /// be PDF/A-1 (a table over PDF/A-1's limits), why the file was written without its PDF/A-1 claim.
    /// </summary>
    public static PdfRendering RenderReporting(LetterDocument document, Stream output, PdfRenderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        using var saved = RenderToBuffer(document, LetterTypography.Default, options, out var rendering);
        saved.Position = 0;
        saved.CopyTo(output);
        return rendering;
    }

    /// <summary>
    /// Whether the PDF's fonts in <paramref name="typeface"/> can draw the character. A character they cannot draw
    /// would silently vanish from the PDF (while Word substitutes a font), so the dataset's checks refuse such text
    /// before rendering.
    /// </summary>
    public static bool CanDraw(Rune character, PdfTypeface typeface = PdfTypeface.LiberationSerif) => FontCoverage.CanDraw(character, typeface);

    /// <summary>The finished file in a pooled buffer: PDFsharp saves into it and the fixes after saving patch it there.</summary>
    internal static RecyclableMemoryStream RenderToBuffer(LetterDocument document, LetterTypography typography, PdfRenderOptions? options = null) =>
        RenderToBuffer(document, typography, options, out _);

    internal static RecyclableMemoryStream RenderToBuffer(LetterDocument document, LetterTypography typography, PdfRenderOptions? options, out PdfRendering rendering)
    {
        rendering = new PdfRendering(0, []);
        options ??= PdfRenderOptions.Default;
        // PDFsharp formats dates and numbers with the current culture; pin it so no user setting leaks in.
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        RecyclableMemoryStream? saved = null;
        StructureTree structure;
        try
        {
            using (var pdf = CreateDocument(document.Metadata))
            using (var fonts = new PdfSharpFonts(options.Typeface))
            using (var canvas = new PdfSharpCanvas(pdf, fonts, document.Page.Width, document.Page.Height, options.Letterhead, options.MaximumArrayLength))
            {
                var root = new DocumentLayout(fonts, typography).Build(document);
                PageComposer.Compose(root, document.Page, canvas, fonts, typography.PageNumber, options.MaximumPages);
                canvas.Finish();
                rendering = new PdfRendering(pdf.PageCount, LimitsExceeded(canvas.OversizedStructures, pdf.PageCount, options.MaximumArrayLength));
                saved = PdfBuffers.Manager.GetStream("pdf");
                pdf.Save(saved, closeStream: false);
                structure = canvas.Structure;
                structure.NumberAfterSave();
            }
            var metadata = document.Metadata;
            saved = XmpEscaping.Escape(saved, [metadata.Title, metadata.Author, metadata.Subject], rendering.ClaimsPdfA);
            // Complete zlib streams, CIDSets (PDF/A-1) and the structure tree's elements, then fixed identifiers: the
            // last step hashes the final content. The archival stage reads the escaped file where it lies and writes
            // into a second pooled buffer; PDFsharp's document is gone by then.
            var archival = ArchivalRewrite.Apply(saved, structure);
            saved.Dispose();
            saved = archival;
            ReproducibleOutput.Rewrite(saved);
            var result = saved;
            saved = null;
            return result;
        }
        finally
        {
            saved?.Dispose();
            CultureInfo.CurrentCulture = culture;
        }
    }

    /// <summary>
    /// What keeps the file from being PDF/A-1: a structure element's kids (a table's rows) cannot be split into groups
    /// without a structure type PDF 1.4 lacks, and PDFsharp writes every page into one flat /Kids array.
    /// </summary>
    private static List<ArchivalLimitExceeded> LimitsExceeded(IReadOnlyList<OversizedStructure> oversized, int pages, int limit)
    {
        var exceeded = oversized
            .Select(element => element.Tag == "Table"
                // The caption and the header row are kids too: the rows that fit are the limit less them.
                ? new ArchivalLimitExceeded(ArchivalLimitKind.TableRows, element.Label, element.Rows, limit - (element.Kids - element.Rows))
                : new ArchivalLimitExceeded(ArchivalLimitKind.StructureKids, element.Label ?? element.Tag, element.Kids, limit))
            .ToList();
        if (pages > limit) exceeded.Add(new ArchivalLimitExceeded(ArchivalLimitKind.Pages, null, pages, limit));
        return exceeded;
    }

    private static PdfDocument CreateDocument(BedreBalance.Document.DocumentMetadata metadata)
    {
        var pdf = new PdfDocument();
        pdf.SetPdfA();
        // Streams are written plain and compressed once, by the archival rewrite: PDFsharp's deflate is the runtime's
        // native zlib, whose bytes may differ by CPU and which ends streams without their checksum, so the rewrite
        // had to inflate and deflate every stream again.
        pdf.Options.NoCompression = true;
        pdf.Options.CompressContentStreams = false;
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

    /// <summary>The layout's safety stop (10.000 pages); lowered only by tests, which reach it with a short letter.</summary>
    internal int MaximumPages { get; init; } = PageComposer.MaxPages;

    /// <summary>PDF/A-1's array limit (8.191); lowered only by tests, which reach it without a table of 8.192 rows.</summary>
    internal int MaximumArrayLength { get; init; } = ArchivalLimits.MaximumArrayLength;
}
