using System.Runtime.ExceptionServices;
using BedreBalance.Document;
using BedreBalance.Domain;
using BedreBalance.Letter;
using BedreBalance.Rendering.Docx;
using BedreBalance.Rendering.Pdf;

namespace BedreBalance.Cli;

/// <summary>The outcome of generating a dataset's documents: what was checked and what was written.</summary>
/// <param name="Written">The files written, each with its page count when the renderer knows it (the PDF's layout does;
/// Word lays out its own pages when it opens the file).</param>
internal sealed record GenerationResult(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<WrittenFile> Written, string? WriteError)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}

internal sealed record WrittenFile(string Path, int? Pages);

/// <summary>One rendered document in memory: its extension, its bytes and, if known, its page count.</summary>
internal sealed record RenderedDocument(string Extension, byte[] Bytes, int? Pages);

/// <summary>The whole pipeline: dataset → checked letter → documents in memory → files, all or none.</summary>
internal static class Generator
{
    public static GenerationResult Generate(string datasetDirectory, string outputDirectory, OutputFormat format)
    {
        var composition = LetterComposer.ComposeFromDirectory(datasetDirectory);
        if (composition.Document is null)
        {
            return new GenerationResult(composition.Diagnostics, [], null);
        }
        var baseName = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(datasetDirectory)));
        var rendered = Render(composition.Document, format);
        var files = rendered.Select(r => (Path: Path.Combine(outputDirectory, baseName + r.Extension), r.Bytes)).ToList();
        try
        {
            Directory.CreateDirectory(outputDirectory);
            AtomicFile.WriteAll(files);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new GenerationResult(composition.Diagnostics, [], Messages.CannotWrite(outputDirectory, e.Message));
        }
        return new GenerationResult(composition.Diagnostics, rendered.Select((r, i) => new WrittenFile(files[i].Path, r.Pages)).ToList(), null);
    }

    /// <summary>
    /// Every requested document, rendered fully in memory before anything touches the disk. When both are asked
    /// for, the Word document renders on a second core while the PDF, the slower of the two, renders on this one.
    /// </summary>
    public static IReadOnlyList<RenderedDocument> Render(LetterDocument document, OutputFormat format) =>
        RenderCountingPages(document, format, (d, s) => PdfRenderer.RenderCountingPages(d, s), (d, s) => { DocxRenderer.Render(d, s); return null; });

    /// <summary>As <see cref="RenderCountingPages"/>, for renderers that do not count pages.</summary>
    internal static IReadOnlyList<RenderedDocument> Render(
        LetterDocument document, OutputFormat format, Action<LetterDocument, Stream> renderPdf, Action<LetterDocument, Stream> renderDocx) =>
        RenderCountingPages(document, format, (d, s) => { renderPdf(d, s); return null; }, (d, s) => { renderDocx(d, s); return null; });

    /// <summary>
    /// <see cref="Render(LetterDocument, OutputFormat)"/> with the renderers given, so that tests can make them fail.
    /// The Word task is always awaited, also when the PDF failed: a failure is never left unobserved. One failure is
    /// rethrown as it was; two are thrown together.
    /// </summary>
    internal static IReadOnlyList<RenderedDocument> RenderCountingPages(
        LetterDocument document, OutputFormat format, Func<LetterDocument, Stream, int?> renderPdf, Func<LetterDocument, Stream, int?> renderDocx)
    {
        var docx = format is OutputFormat.All or OutputFormat.Docx
            ? Task.Run(() => RenderToBytes(".docx", document, renderDocx))
            : null;
        var rendered = new List<RenderedDocument>();
        var failures = new List<ExceptionDispatchInfo>();
        if (format is OutputFormat.All or OutputFormat.Pdf)
        {
            try
            {
                rendered.Add(RenderToBytes(".pdf", document, renderPdf));
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
                rendered.Add(docx.GetAwaiter().GetResult());
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

    private static RenderedDocument RenderToBytes(string extension, LetterDocument document, Func<LetterDocument, Stream, int?> render)
    {
        using var buffer = new MemoryStream();
        var pages = render(document, buffer);
        return new RenderedDocument(extension, buffer.ToArray(), pages);
    }
}
