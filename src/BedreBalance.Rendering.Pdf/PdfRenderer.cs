using System.Globalization;
using System.Text;
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
    public static void Render(LetterDocument document, Stream output, PdfRenderOptions? options = null) => RenderCountingPages(document, output, options);

    /// <summary>Renders as <see cref="Render"/> does and says how many pages the PDF has, as laid out.</summary>
    public static int RenderCountingPages(LetterDocument document, Stream output, PdfRenderOptions? options = null) =>
        RenderReporting(document, output, options).Pages;

    /// <summary>
    /// Renders as <see cref="Render"/> does and says how many pages the PDF has and, when the document is too large to
    /// be PDF/A-1 (a table over PDF/A-1's limits), why the file was written without its PDF/A-1 claim.
    /// A seekable <paramref name="output"/> (a file) is written straight, from its current position; if rendering
    /// fails, it may hold part of a file, so write to a temporary file and keep it only on success, as the command
    /// does. A forward-only stream gets the file from a pooled buffer once it is complete.
    /// </summary>
    public static PdfRendering RenderReporting(LetterDocument document, Stream output, PdfRenderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        if (output.CanSeek) return RenderTo(document, options, output);
        // The identifiers are filled in by seeking back, so a stream that cannot seek gets the file from a buffer.
        using var buffer = PdfBuffers.Manager.GetStream("finished pdf");
        var rendering = RenderTo(document, options, buffer);
        buffer.Position = 0;
        buffer.CopyTo(output);
        return rendering;
    }

    /// <summary>
    /// Whether the PDF's fonts in <paramref name="typeface"/> can draw the character. A character they cannot draw
    /// would silently vanish from the PDF (while Word substitutes a font), so the dataset's checks refuse such text
    /// before rendering.
    /// </summary>
    public static bool CanDraw(Rune character, PdfTypeface typeface = PdfTypeface.LiberationSerif) => FontCoverage.CanDraw(character, typeface);

    /// <summary>
    /// Renders into <paramref name="output"/>, which must be seekable, in one pass after PDFsharp's save: PDFsharp saves
    /// into a pooled buffer (its streams plain); the archival rewrite reads that file an object at a time and writes the
    /// final file straight to the output, through <see cref="ReproducibleOutput"/>, which fixes the identifiers as the
    /// bytes pass and patches them at the end. The file is never held a second time.
    /// </summary>
    private static PdfRendering RenderTo(LetterDocument document, PdfRenderOptions? options, Stream output)
    {
        options ??= PdfRenderOptions.Default;
        var typography = LetterTypography.Default;
        // PDFsharp formats dates and numbers with the current culture; pin it so no user setting leaks in.
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        try
        {
            using var saved = PdfBuffers.Manager.GetStream("saved pdf");
            PdfRendering rendering;
            StructureTree structure;
            using (var pdf = CreateDocument(document.Metadata))
            using (var fonts = new PdfSharpFonts(options.Typeface))
            using (var canvas = new PdfSharpCanvas(pdf, fonts, document.Page.Width, document.Page.Height, options.Letterhead, options.MaximumArrayLength))
            {
                var root = new DocumentLayout(fonts, typography).Build(document);
                PageComposer.Compose(root, document.Page, canvas, fonts, typography.PageNumber, options.MaximumPages);
                canvas.Finish();
                rendering = new PdfRendering(pdf.PageCount, LimitsExceeded(canvas.OversizedStructures, pdf.PageCount, options.MaximumArrayLength));
                pdf.Save(saved, closeStream: false);
                structure = canvas.Structure;
                structure.NumberAfterSave();
            }
            // PDFsharp's document is gone by now. The rewrite completes zlib streams, CIDSets (PDF/A-1), the XMP
            // metadata and the structure tree's elements; the identifiers come last, from a hash of all of it.
            var metadata = document.Metadata;
            string[] xmpValues = [metadata.Title, metadata.Author, metadata.Subject];
            using var reproducible = new ReproducibleOutput(output);
            ArchivalRewrite.Apply(saved, reproducible, structure, xmp => XmpEscaping.Complete(xmp, xmpValues, rendering.ClaimsPdfA));
            reproducible.Finish();
            return rendering;
        }
        finally
        {
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
