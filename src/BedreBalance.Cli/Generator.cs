using BedreBalance.Domain;
using BedreBalance.Letter;
using BedreBalance.Rendering.Docx;
using BedreBalance.Rendering.Pdf;
using DocumentModel = BedreBalance.Document.Document;

namespace BedreBalance.Cli;

/// <summary>The outcome of generating a dataset's documents: what was checked and what was written.</summary>
/// <param name="LayoutError">Why the data could not be laid out as a letter (far too long); null when it could.</param>
public sealed record GenerationResult(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> Written, string? WriteError, string? LayoutError = null)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError) || LayoutError is not null;
}

/// <summary>The whole pipeline: dataset → checked letter → documents in memory → files, all or none.</summary>
public static class Generator
{
    public static GenerationResult Generate(string datasetDirectory, string outputDirectory, OutputFormat format) =>
        Generate(datasetDirectory, outputDirectory, format, PhysicalOutputFileSystem.Instance);

    public static GenerationResult Generate(string datasetDirectory, string outputDirectory, OutputFormat format, IOutputFileSystem fileSystem)
    {
        var composition = LetterComposer.ComposeFromDirectory(datasetDirectory);
        if (composition.Document is null)
        {
            return new GenerationResult(composition.Diagnostics, [], null);
        }
        var baseName = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(datasetDirectory)));
        List<(string Path, byte[] Bytes)> files;
        try
        {
            files = Render(composition.Document, format)
                .Select(rendered => (Path: Path.Combine(outputDirectory, baseName + rendered.Extension), rendered.Bytes))
                .ToList();
        }
        catch (LayoutLimitException e)
        {
            var why = e.Limit == LayoutLimit.TooManyPages ? Messages.LetterTooLong(e.Page) : Messages.DoesNotFitOnAPage(e.Page);
            return new GenerationResult(composition.Diagnostics, [], null, why);
        }
        try
        {
            Directory.CreateDirectory(outputDirectory);
            AtomicFile.WriteAll(files, fileSystem);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new GenerationResult(composition.Diagnostics, [], Messages.CannotWrite(outputDirectory, e.Message));
        }
        return new GenerationResult(composition.Diagnostics, files.Select(f => f.Path).ToList(), null);
    }

    /// <summary>
    /// Every requested document, rendered fully in memory before anything touches the disk. When both are asked
    /// for, the Word document renders on a second core while the PDF, the slower of the two, renders on this one.
    /// </summary>
    public static IEnumerable<(string Extension, byte[] Bytes)> Render(DocumentModel document, OutputFormat format)
    {
        var docx = format is OutputFormat.All or OutputFormat.Docx
            ? Task.Run(() => RenderToBytes(document, DocxRenderer.Render))
            : null;
        if (format is OutputFormat.All or OutputFormat.Pdf)
        {
            yield return (".pdf", RenderToBytes(document, PdfRenderer.Render));
        }
        if (docx is not null)
        {
            // GetResult, unlike Result, rethrows the renderer's own exception rather than an AggregateException.
            yield return (".docx", docx.GetAwaiter().GetResult());
        }
    }

    private static byte[] RenderToBytes(DocumentModel document, Action<DocumentModel, Stream> render)
    {
        using var buffer = new MemoryStream();
        render(document, buffer);
        return buffer.ToArray();
    }
}
