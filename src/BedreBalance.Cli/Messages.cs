using BedreBalance.Domain;

namespace BedreBalance.Cli;

/// <summary>
/// Every sentence the program says to its user, by name; the words are in Resources/Messages.resx (English) and
/// Messages.da.resx (Danish).
/// </summary>
internal static class Messages
{
    public static string RootDescription => Text.Get(nameof(RootDescription));
    public static string GenerateDescription => Text.Get(nameof(GenerateDescription));
    public static string ValidateDescription => Text.Get(nameof(ValidateDescription));
    public static string WatchDescription => Text.Get(nameof(WatchDescription));
    public static string DatasetDescription => Text.Get(nameof(DatasetDescription));
    public static string OutDescription => Text.Get(nameof(OutDescription));
    public static string FormatDescription => Text.Get(nameof(FormatDescription));
    public static string StrictDescription => Text.Get(nameof(StrictDescription));
    public static string LanguageDescription => Text.Get(nameof(LanguageDescription));

    public static string Wrote(string path) => Text.Format(nameof(Wrote), path);
    public static string LetterheadDescription => Text.Get(nameof(LetterheadDescription));
    public static string LetterheadWithoutMargins => Text.Get(nameof(LetterheadWithoutMargins));
    public static string TemplateDescription => Text.Get(nameof(TemplateDescription));

    public static string WrotePdf(string path, int pages) =>
        pages == 1 ? Text.Format("WrotePdfOnePage", path) : Text.Format("WrotePdfPages", path, DanishText.Number(pages));

    public static string Summary(IReadOnlyCollection<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.IsError);
        var warnings = diagnostics.Count - errors;
        return Text.Format("Counts", Text.Count("Errors", errors), Text.Count("Warnings", warnings));
    }

    /// <summary>"Done: 2 files written from data/spm-346; 0 errors, 2 warnings."</summary>
    public static string GenerateSummary(int files, string dataset, IReadOnlyCollection<Diagnostic> diagnostics) =>
        Text.Format(nameof(GenerateSummary), Text.Count("Files", files), dataset, Summary(diagnostics));

    public static string StaleOtherFormat(string path, string format) => Text.Format(nameof(StaleOtherFormat), path, format);

    public static string Valid(string dataset, IReadOnlyCollection<Diagnostic> diagnostics) => Text.Format(nameof(Valid), dataset, Summary(diagnostics));

    public static string HasProblems(string dataset, IReadOnlyCollection<Diagnostic> diagnostics) => Text.Format(nameof(HasProblems), dataset, Summary(diagnostics));

    public static string Invalid(string dataset, IReadOnlyCollection<Diagnostic> diagnostics) => Text.Format(nameof(Invalid), dataset, Summary(diagnostics));

    public static string StrictWarnings(int warnings) => Text.Count("StrictWarnings", warnings);

    public static string OutputFolderBusy(string directory, TimeSpan waited) =>
        Text.Format(nameof(OutputFolderBusy), directory, waited.TotalMinutes.ToString("0", System.Globalization.CultureInfo.InvariantCulture));

    /// <param name="what">The key of what the path names, such as "PathDataset".</param>
    public static string EmptyPath(string what) => Text.Format(nameof(EmptyPath), Text.Get(what));

    public static string UnusablePath(string what) => Text.Format(nameof(UnusablePath), Text.Get(what));

    public static string CannotWriteOutput(string reason) => Text.Format(nameof(CannotWriteOutput), AsSentence(reason));

    /// <summary>
    /// The operating system's reason, which our sentence goes on after: .NET's texts for errno end without a full stop
    /// on Linux ("No space left on device"), so without one the two sentences would run together.
    /// </summary>
    public static string AsSentence(string reason)
    {
        var trimmed = reason.TrimEnd();
        return trimmed.Length == 0 || trimmed[^1] is '.' or '?' or '!' ? trimmed : trimmed + ".";
    }

    public static string DoesNotFitOnAPage(int page) => Text.Format(nameof(DoesNotFitOnAPage), page);

    /// <summary>Why the PDF was written without its PDF/A-1 claim: a table, or the pages, over PDF/A-1's array limit.</summary>
    public static string WithoutPdfA(Rendering.Pdf.ArchivalLimitExceeded limit) => limit.Kind switch
    {
        Rendering.Pdf.ArchivalLimitKind.TableRows when limit.Name is not null =>
            Text.Format("WithoutPdfATable", limit.Name, DanishText.Number(limit.Count), DanishText.Number(limit.Limit)),
        Rendering.Pdf.ArchivalLimitKind.TableRows => Text.Format("WithoutPdfAUnnamedTable", DanishText.Number(limit.Count), DanishText.Number(limit.Limit)),
        Rendering.Pdf.ArchivalLimitKind.Pages => Text.Format("WithoutPdfAPages", DanishText.Number(limit.Count), DanishText.Number(limit.Limit)),
        _ => Text.Format("WithoutPdfAElement", limit.Name, DanishText.Number(limit.Count), DanishText.Number(limit.Limit)),
    };

    public static string LetterTooLong(int pages) => Text.Format(nameof(LetterTooLong), DanishText.Number(pages));

    public static string AlsoOnLines(IReadOnlyList<int> lines, int named)
    {
        var shown = lines.Take(named).Select(line => DanishText.Number(line)).ToList();
        var rest = lines.Count - shown.Count;
        var list = rest > 0
            ? Text.Format("ListAndMore", string.Join(", ", shown), DanishText.Number(rest))
            : shown.Count == 1 ? shown[0] : Text.Format("ListAndLast", string.Join(", ", shown.Take(shown.Count - 1)), shown[^1]);
        return lines.Count == 1 ? Text.Format("AlsoOnLine", list) : Text.Format("AlsoOnLines", list);
    }

    public static string MoreLikeThis(int count) => Text.Format(nameof(MoreLikeThis), DanishText.Number(count));


    public static string CannotWrite(string path, string reason) => Text.Format(nameof(CannotWrite), path, AsSentence(reason));

    public static string InternalError(Exception e) => Text.Format(nameof(InternalError), e.GetType().Name, AsSentence(e.Message));

    public static string UsageHint => Text.Get(nameof(UsageHint));

    public static string UnknownCommand(string token, string? suggestion) => WithSuggestion(Text.Format(nameof(UnknownCommand), token), suggestion);

    /// <summary>An option the command does not have: "Unknown option '--fromat' for 'generate'. Did you mean '--format'?"</summary>
    public static string UnknownOption(string token, string? command, string? suggestion)
    {
        var message = command is null ? Text.Format(nameof(UnknownOption), token) : Text.Format("UnknownOptionFor", token, command);
        message = WithSuggestion(message, suggestion);
        return suggestion is null ? message + " " + Text.Format("DashFolder", token) : message;
    }

    public static string UnknownLanguage(string value) => Text.Format(nameof(UnknownLanguage), value);

    public static string HintRename(string found, string expected) => Text.Format(nameof(HintRename), found, expected);

    public static string HintWorkbook(string found, string expected) => Text.Format(nameof(HintWorkbook), found, expected);

    public static string WatchStarted(string dataset) => Text.Format(nameof(WatchStarted), dataset);

    public static string WatchChanged(string file) => Text.Format(nameof(WatchChanged), file);


    public static string WatchStopped(string dataset) => Text.Format(nameof(WatchStopped), dataset);

    public static string WatchNoFolder(string dataset, string fullPath) => Text.Format(nameof(WatchNoFolder), dataset, fullPath);

    private static string WithSuggestion(string message, string? suggestion) =>
        suggestion is null ? message : message + " " + Text.Format("DidYouMean", suggestion);
}
