using BedreBalance.Dataset;
using BedreBalance.Document;
using BedreBalance.Domain;
using BedreBalance.Letter;
using BedreBalance.Rendering.Docx;
using BedreBalance.Rendering.Pdf;

namespace BedreBalance.Cli;

/// <summary>The outcome of generating a dataset's documents: what was checked and what was written.</summary>
/// <param name="Written">The files written, each with its page count when the renderer knows it (the PDF's layout does;
/// Word lays out its own pages when it opens the file).</param>
/// <param name="LayoutError">Why the data could not be laid out as a letter (far too long); null when it could.</param>
internal sealed record GenerationResult(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<WrittenFile> Written, string? WriteError, string? LayoutError = null)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError) || LayoutError is not null;
}

internal sealed record WrittenFile(string Path, int? Pages);

/// <summary>The whole pipeline: dataset → checked letter → documents, each streamed to its file, all or none.</summary>
internal static class Generator
{
    public static GenerationResult Generate(string datasetDirectory, string outputDirectory, OutputFormat format, StationeryFiles? stationeryFiles = null)
    {
        var (composition, stationery) = Check(datasetDirectory, stationeryFiles ?? StationeryFiles.None);
        // The PDF renderer says how many pages it laid out; the summary prints that, without reading the file back.
        PdfRendering? pdf = null;
        var result = Write(composition, stationery, datasetDirectory, outputDirectory, Renderers(format, stationery, rendering => pdf = rendering));
        var pdfPath = result.Written.FirstOrDefault(file => file.Path.EndsWith(".pdf", StringComparison.Ordinal))?.Path;
        return result with
        {
            Written = result.Written.Select(file => file.Path == pdfPath ? file with { Pages = pdf?.Pages } : file).ToList(),
            // A PDF too large for PDF/A-1 is still written, without the claim; each reason is a warning on the file.
            Diagnostics = pdf is null || pdfPath is null ? result.Diagnostics : [.. result.Diagnostics, .. ArchivalWarnings(pdfPath, pdf)],
        };
    }

    /// <summary>One warning on the PDF for each reason it was written without its PDF/A-1 claim.</summary>
    internal static IEnumerable<Diagnostic> ArchivalWarnings(string pdfPath, PdfRendering rendering) =>
        rendering.ArchivalLimitsExceeded.Select(limit => Diagnostic.Warning(new SourceLocation(Path.GetFileName(pdfPath)), null, Messages.WithoutPdfA(limit)));

    /// <summary>
    /// <see cref="Generate(string, string, OutputFormat, StationeryFiles)"/> with the renderers given, so that tests can make them fail.
    /// A renderer's exception comes out as it was thrown; the renderers after it do not run and no target is touched.
    /// </summary>
    internal static GenerationResult Generate(
        string datasetDirectory, string outputDirectory, IReadOnlyList<(string Extension, Action<LetterDocument, Stream> Render)> renderers,
        IOutputFileSystem? fileSystem = null)
    {
        var (composition, stationery) = Check(datasetDirectory, StationeryFiles.None);
        return Write(composition, stationery, datasetDirectory, outputDirectory, renderers, fileSystem);
    }

    private static GenerationResult Write(
        LetterComposition composition, Stationery stationery, string datasetDirectory, string outputDirectory,
        IReadOnlyList<(string Extension, Action<LetterDocument, Stream> Render)> renderers, IOutputFileSystem? fileSystem = null)
    {
        if (composition.Document is null || stationery.HasErrors)
        {
            return new GenerationResult(composition.Diagnostics, [], null);
        }
        var document = composition.Document;
        var baseName = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(datasetDirectory)));
        var files = renderers
            .Select(renderer => (Path: Path.Combine(outputDirectory, baseName + renderer.Extension), Write: (Action<Stream>)(stream => renderer.Render(document, stream))))
            .ToList();
        try
        {
            Directory.CreateDirectory(outputDirectory);
            AtomicFile.WriteAll(files, fileSystem ?? PhysicalOutputFileSystem.Instance);
        }
        catch (LayoutLimitException e)
        {
            // Raised while rendering into the temporary files; they are removed and no target is touched.
            var why = e.Limit == LayoutLimit.TooManyPages ? Messages.LetterTooLong(e.Page) : Messages.DoesNotFitOnAPage(e.Page);
            return new GenerationResult(composition.Diagnostics, [], null, why);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new GenerationResult(composition.Diagnostics, [], Messages.CannotWrite(outputDirectory, e.Message));
        }
        return new GenerationResult(composition.Diagnostics, files.Select(f => new WrittenFile(f.Path, null)).ToList(), null);
    }

    /// <summary>
    /// The renderers a format asks for, in the order they run, set on the stationery's letterhead, template and
    /// typeface when given. They run one after the other, each straight into its temporary file: side by side gained
    /// no time on two cores (a collection stops both threads) and, with both documents' object graphs alive at once,
    /// cost 37 % more peak memory at 100.000 rows.
    /// </summary>
    public static IReadOnlyList<(string Extension, Action<LetterDocument, Stream> Render)> Renderers(OutputFormat format, Stationery? stationery = null) =>
        Renderers(format, stationery, _ => { });

    /// <summary>
    /// As <see cref="Renderers(OutputFormat, Stationery)"/>, telling <paramref name="pdfRendered"/> how many pages the PDF
    /// has and whether it had to be written without its PDF/A-1 claim.
    /// </summary>
    public static IReadOnlyList<(string Extension, Action<LetterDocument, Stream> Render)> Renderers(OutputFormat format, Stationery? stationery, Action<PdfRendering> pdfRendered)
    {
        var renderers = new List<(string, Action<LetterDocument, Stream>)>();
        if (format is OutputFormat.All or OutputFormat.Pdf)
        {
            renderers.Add((".pdf", (document, output) => pdfRendered(PdfRenderer.RenderReporting(document, output, stationery?.PdfOptions))));
        }
        if (format is OutputFormat.All or OutputFormat.Docx)
        {
            renderers.Add((".docx", (document, output) => DocxRenderer.Render(document, output, stationery?.Template)));
        }
        return renderers;
    }

    /// <summary>
    /// Every check of the dataset, its letterhead and its template, all reported together; the letter's page starts
    /// from the template's margins, which brev.md's <c>side:</c> may override. The characters the letter may use are
    /// those the PDF's typeface (the template's, when it names one) can draw.
    /// </summary>
    public static (LetterComposition Composition, Stationery Stationery) Check(string datasetDirectory, StationeryFiles stationeryFiles)
    {
        var stationery = Stationery.Load(datasetDirectory, stationeryFiles);
        var loaded = DatasetLoader.Load(datasetDirectory, printable: PrintableText.For(stationery.Typeface));
        var composition = LetterComposer.Compose(loaded, stationery.BasePage);
        List<Diagnostic> diagnostics = [.. composition.Diagnostics, .. stationery.Diagnostics];
        if (stationery.Letterhead is not null && (loaded.Dataset ?? loaded.Unchecked)?.Letter.Fields.Margins?.FirstPageTop is null)
        {
            diagnostics.Add(Diagnostic.Warning(new SourceLocation(DatasetFiles.LetterText), PageMarginsReader.Field, Messages.LetterheadWithoutMargins));
        }
        return (composition with { Diagnostics = diagnostics }, stationery);
    }
}
