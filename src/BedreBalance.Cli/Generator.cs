using System.Runtime.ExceptionServices;
using BedreBalance.Dataset;
using BedreBalance.Document;
using BedreBalance.Domain;
using BedreBalance.Letter;
using BedreBalance.Rendering.Docx;
using BedreBalance.Rendering.Pdf;

namespace BedreBalance.Cli;

/// <summary>The outcome of generating a dataset's documents: what was checked and what was written.</summary>
internal sealed record GenerationResult(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> Written, string? WriteError)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}

/// <summary>The whole pipeline: dataset → checked letter → documents in memory → files, all or none.</summary>
internal static class Generator
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
    public static IReadOnlyList<(string Extension, byte[] Bytes)> Render(LetterDocument document, OutputFormat format, Stationery? stationery = null) =>
        Render(document, format,
            (d, s) => PdfRenderer.Render(d, s, stationery?.PdfOptions),
            (d, s) => DocxRenderer.Render(d, s, stationery?.Template));

    /// <summary>
    /// <see cref="Render(LetterDocument, OutputFormat, Stationery)"/> with the renderers given, so that tests can make them fail.
    /// The Word task is always awaited, also when the PDF failed: a failure is never left unobserved. One failure is
    /// rethrown as it was; two are thrown together.
    /// </summary>
    internal static IReadOnlyList<(string Extension, byte[] Bytes)> Render(
        LetterDocument document, OutputFormat format, Action<LetterDocument, Stream> renderPdf, Action<LetterDocument, Stream> renderDocx)
    {
        var docx = format is OutputFormat.All or OutputFormat.Docx
            ? Task.Run(() => RenderToBytes(document, renderDocx))
            : null;
        var rendered = new List<(string Extension, byte[] Bytes)>();
        var failures = new List<ExceptionDispatchInfo>();
        if (format is OutputFormat.All or OutputFormat.Pdf)
        {
            try
            {
                rendered.Add((".pdf", RenderToBytes(document, renderPdf)));
            }
            catch (Exception e)
            {
                failures.Add(ExceptionDispatchInfo.Capture(e));
            }
        }
        if (docx is not null)
        {
            try
            {
                // GetResult, unlike Result, rethrows the renderer's own exception rather than an AggregateException.
                rendered.Add((".docx", docx.GetAwaiter().GetResult()));
            }
            catch (Exception e)
            {
                failures.Add(ExceptionDispatchInfo.Capture(e));
            }
        }
        if (failures.Count == 1) failures[0].Throw();
        if (failures.Count > 1) throw new AggregateException("Both the PDF and the Word document failed to render.", failures.Select(f => f.SourceException));
        return rendered;
    }

    /// <summary>
    /// Every check of the dataset, its letterhead and its template, all reported together; the letter's page starts
    /// from the template's margins, which brev.md's <c>side:</c> may override.
    /// </summary>
    public static (LetterComposition Composition, Stationery Stationery) Check(string datasetDirectory, StationeryFiles stationeryFiles)
    {
        var stationery = Stationery.Load(datasetDirectory, stationeryFiles);
        var loaded = DatasetLoader.Load(datasetDirectory);
        var composition = LetterComposer.Compose(loaded, stationery.BasePage);
        List<Diagnostic> diagnostics = [.. composition.Diagnostics, .. stationery.Diagnostics];
        if (stationery.Letterhead is not null && (loaded.Dataset ?? loaded.Unchecked)?.Letter.Fields.Margins?.FirstPageTop is null)
        {
            diagnostics.Add(Diagnostic.Warning(new SourceLocation(DatasetFiles.LetterText), PageMarginsReader.Field, Messages.LetterheadWithoutMargins));
        }
        return (composition with { Diagnostics = diagnostics }, stationery);
    }

    private static byte[] RenderToBytes(LetterDocument document, Action<LetterDocument, Stream> render)
    {
        using var buffer = new MemoryStream();
        render(document, buffer);
        return buffer.ToArray();
    }
}
