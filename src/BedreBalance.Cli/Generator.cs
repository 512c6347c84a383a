using BedreBalance.Dataset;
using BedreBalance.Domain;
using BedreBalance.Letter;
using BedreBalance.Rendering.Docx;
using BedreBalance.Rendering.Pdf;
using DocumentModel = BedreBalance.Document.Document;

namespace BedreBalance.Cli;

/// <summary>The outcome of generating a dataset's documents: what was checked and what was written.</summary>
public sealed record GenerationResult(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> Written, string? WriteError)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}

/// <summary>The whole pipeline: dataset → checked letter → documents in memory → files, all or none.</summary>
public static class Generator
{
    public static GenerationResult Generate(string datasetDirectory, string outputDirectory, OutputFormat format, StationeryFiles? stationeryFiles = null)
    {
        var (composition, stationery) = Check(datasetDirectory, stationeryFiles ?? StationeryFiles.None);
        if (composition.Document is null || stationery.HasErrors)
        {
            return new GenerationResult(composition.Diagnostics, [], null);
        }
        var baseName = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(datasetDirectory)));
        var files = Render(composition.Document, format, stationery)
            .Select(rendered => (Path: Path.Combine(outputDirectory, baseName + rendered.Extension), rendered.Bytes))
            .ToList();
        try
        {
            Directory.CreateDirectory(outputDirectory);
            AtomicFile.WriteAll(files);
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
    public static IEnumerable<(string Extension, byte[] Bytes)> Render(DocumentModel document, OutputFormat format, Stationery? stationery = null)
    {
        var docx = format is OutputFormat.All or OutputFormat.Docx
            ? Task.Run(() => RenderToBytes(document, (d, s) => DocxRenderer.Render(d, s, stationery?.Template)))
            : null;
        if (format is OutputFormat.All or OutputFormat.Pdf)
        {
            yield return (".pdf", RenderToBytes(document, (d, s) => PdfRenderer.Render(d, s, stationery?.PdfOptions)));
        }
        if (docx is not null)
        {
            // GetResult, unlike Result, rethrows the renderer's own exception rather than an AggregateException.
            yield return (".docx", docx.GetAwaiter().GetResult());
        }
    }

    /// <summary>
    /// Every check of the dataset, its letterhead and its template, all reported together; the letter's page starts
    /// from the template's margins, which brev.md's <c>side:</c> may override.
    /// </summary>
    public static (LetterComposition Composition, Stationery Stationery) Check(string datasetDirectory, StationeryFiles stationeryFiles)
    {
        var stationery = Stationery.Load(datasetDirectory, stationeryFiles);
        var composition = LetterComposer.Compose(DatasetLoader.Load(datasetDirectory));
        if (composition.Document is { } document && stationery.Template is not null)
        {
            composition = composition with { Document = document with { Page = stationery.BasePage } };
        }
        return (composition with { Diagnostics = [.. composition.Diagnostics, .. stationery.Diagnostics] }, stationery);
    }

    private static byte[] RenderToBytes(DocumentModel document, Action<DocumentModel, Stream> render)
    {
        using var buffer = new MemoryStream();
        render(document, buffer);
        return buffer.ToArray();
    }
}
