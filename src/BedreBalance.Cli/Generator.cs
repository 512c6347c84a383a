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
    public static GenerationResult Generate(string datasetDirectory, string outputDirectory, OutputFormat format)
    {
        // The PDF renderer says how many pages it laid out; the summary prints that, without reading the file back.
        int? pdfPages = null;
        var result = Generate(datasetDirectory, outputDirectory, Renderers(format, pages => pdfPages = pages));
        return result with
        {
            Written = result.Written.Select(file => file.Path.EndsWith(".pdf", StringComparison.Ordinal) ? file with { Pages = pdfPages } : file).ToList(),
        };
    }

    /// <summary>
    /// <see cref="Generate(string, string, OutputFormat)"/> with the renderers given, so that tests can make them fail.
    /// A renderer's exception comes out as it was thrown; the renderers after it do not run and no target is touched.
    /// </summary>
    internal static GenerationResult Generate(
        string datasetDirectory, string outputDirectory, IReadOnlyList<(string Extension, Action<LetterDocument, Stream> Render)> renderers,
        IOutputFileSystem? fileSystem = null)
    {
        var composition = LetterComposer.ComposeFromDirectory(datasetDirectory, PrintableText.Characters);
        if (composition.Document is null)
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
    /// The renderers a format asks for, in the order they run. They run one after the other, each straight into
    /// its temporary file: side by side gained no time on two cores (a collection stops both threads) and, with
    /// both documents' object graphs alive at once, cost 37 % more peak memory at 100.000 rows.
    /// </summary>
    public static IReadOnlyList<(string Extension, Action<LetterDocument, Stream> Render)> Renderers(OutputFormat format) => Renderers(format, _ => { });

    /// <summary>As <see cref="Renderers(OutputFormat)"/>, telling <paramref name="pdfPages"/> how many pages the PDF has.</summary>
    public static IReadOnlyList<(string Extension, Action<LetterDocument, Stream> Render)> Renderers(OutputFormat format, Action<int> pdfPages)
    {
        var renderers = new List<(string, Action<LetterDocument, Stream>)>();
        if (format is OutputFormat.All or OutputFormat.Pdf)
        {
            renderers.Add((".pdf", (document, stream) => pdfPages(PdfRenderer.RenderCountingPages(document, stream))));
        }
        if (format is OutputFormat.All or OutputFormat.Docx)
        {
            renderers.Add((".docx", DocxRenderer.Render));
        }
        return renderers;
    }
}
