using BedreBalance.Domain;
using BedreBalance.Rendering.Docx.Templates;
using BedreBalance.Rendering.Pdf;
using BedreBalance.Rendering.Pdf.Letterheads;
using PageGeometry = BedreBalance.Document.PageGeometry;

namespace BedreBalance.Cli;

/// <summary>Where the ministry's paper and template come from: the command line's files, else the dataset's own.</summary>
internal sealed record StationeryFiles(string? Letterhead = null, string? WordTemplate = null)
{
    public static StationeryFiles None { get; } = new();
}

/// <summary>
/// The ministry's letterhead (brevpapir.pdf) and Word template (skabelon.dotx or skabelon.docx), read and checked
/// together with the dataset, so that every problem is reported in the same run and nothing is written on an error.
/// Also decides the PDF's typeface: the one metric-compatible with the template's body font.
/// </summary>
internal sealed record Stationery(Letterhead? Letterhead, WordTemplate? Template, PdfTypeface Typeface, IReadOnlyList<Diagnostic> Diagnostics)
{
    public const string LetterheadFile = "brevpapir.pdf";
    public static IReadOnlyList<string> TemplateFiles { get; } = ["skabelon.dotx", "skabelon.docx"];

    // Far above any real letterhead or template (tens to hundreds of kilobytes); stops a wrong file early.
    private const long MaxBytes = 20 * 1024 * 1024;

    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    public PdfRenderOptions PdfOptions => new(Letterhead, Typeface);

    /// <summary>The page the letter starts from before brev.md's <c>side:</c> margins: the template's, else the default.</summary>
    public PageGeometry BasePage => Template?.Page(PageGeometry.A4Letter) ?? PageGeometry.A4Letter;

    public static Stationery Load(string datasetDirectory, StationeryFiles files)
    {
        var diagnostics = new List<Diagnostic>();
        Letterhead? letterhead = null;
        if (Find(datasetDirectory, files.Letterhead, [LetterheadFile], diagnostics) is { } letterheadPath
            && Read(letterheadPath, diagnostics) is { } letterheadBytes)
        {
            var result = Letterhead.Read(letterheadBytes, letterheadPath.Name);
            diagnostics.AddRange(result.Problems.Select(p => Diagnostic.Error(new SourceLocation(letterheadPath.At), null, p)));
            letterhead = result.Letterhead;
        }

        WordTemplate? template = null;
        var typeface = PdfTypeface.LiberationSerif;
        if (Find(datasetDirectory, files.WordTemplate, TemplateFiles, diagnostics) is { } templatePath
            && Read(templatePath, diagnostics) is { } templateBytes)
        {
            var result = WordTemplate.Read(templateBytes, templatePath.Name);
            var at = new SourceLocation(templatePath.At);
            diagnostics.AddRange(result.Problems.Select(p => Diagnostic.Error(at, null, p)));
            diagnostics.AddRange(result.Warnings.Select(w => Diagnostic.Warning(at, null, w)));
            template = result.Template;
            if (template?.BodyFont is { } font)
            {
                if (PdfTypefaces.MetricCompatibleWith(font) is { } matching)
                {
                    typeface = matching;
                }
                else
                {
                    diagnostics.Add(Diagnostic.Warning(at, null,
                        Text.Format("TemplateFontUnmatched", templatePath.Name, font, typeface.FamilyName(), typeface.WordFont())));
                }
            }
        }
        return new Stationery(letterhead, template, typeface, diagnostics);
    }

    /// <summary>
    /// The file the command line names, else the first of <paramref name="names"/> in the dataset folder; two of them is
    /// an error. <c>At</c> is where a diagnostic points: a name in the dataset folder, or the named file's full path,
    /// since a path given relative to the current folder would otherwise be read as inside the dataset.
    /// </summary>
    private static (string Path, string Name, string At)? Find(string datasetDirectory, string? option, IReadOnlyList<string> names, List<Diagnostic> diagnostics)
    {
        if (option is not null)
        {
            if (File.Exists(option)) return (option, option, Outside(option));
            diagnostics.Add(Diagnostic.Error(new SourceLocation(Outside(option)), null, Text.Format("StationeryMissing", option)));
            return null;
        }
        var present = names.Where(name => File.Exists(Path.Combine(datasetDirectory, name))).ToList();
        if (present.Count > 1)
        {
            diagnostics.Add(Diagnostic.Error(new SourceLocation(present[0]), null,
                Text.Format("StationeryBoth", present[0], present[1])));
            return null;
        }
        return present.Count == 1 ? (Path.Combine(datasetDirectory, present[0]), present[0], present[0]) : null;
    }

    /// <summary>A path from the command line as a diagnostic names it: in full, so that it is not read as inside the dataset.</summary>
    private static string Outside(string option)
    {
        try
        {
            return Path.GetFullPath(option);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return option; // not a path the system can make whole; said as given
        }
    }

    private static byte[]? Read((string Path, string Name, string At) file, List<Diagnostic> diagnostics)
    {
        try
        {
            using var stream = File.OpenRead(file.Path);
            if (stream.Length > MaxBytes)
            {
                diagnostics.Add(Diagnostic.Error(new SourceLocation(file.At), null,
                    Text.Format("StationeryTooLarge", file.Name, stream.Length / (1024 * 1024), MaxBytes / (1024 * 1024))));
                return null;
            }
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error(new SourceLocation(file.At), null, Text.Format("StationeryUnreadable", file.Name, Messages.AsSentence(e.Message))));
            return null;
        }
    }
}
