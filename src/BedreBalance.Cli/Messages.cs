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
        $"Cannot write into {directory}: other runs kept writing into it for {waited.TotalMinutes:0} minutes. Try again when they have finished.";

    public static string EmptyPath(string what) => $"The {what} is empty; give a folder or file name.";

    public static string UnusablePath(string what) => $"The {what} holds a character (NUL) that no file name can hold.";

    public static string CannotWriteOutput(string reason) =>
        $"Cannot write to standard output: {reason} Use --out FILE to write the report to a file.";

    public static string DoesNotFitOnAPage(int page) =>
        $"Page {page} of the letter cannot hold what comes next, even empty: a table row or word is taller or wider than a page. Shorten the longest names or notes. Nothing was written.";

    public static string LetterTooLong(int pages) =>
        $"The letter would be longer than {DanishText.Number(pages)} pages; no letter to Parliament is, so check the dataset for rows or text repeated by mistake. Nothing was written.";

    public static string AlsoOnLines(IReadOnlyList<int> lines, int named)
    {
        var shown = lines.Take(named).Select(line => DanishText.Number(line)).ToList();
        var rest = lines.Count - shown.Count;
        var list = rest > 0
            ? $"{string.Join(", ", shown)} and {DanishText.Number(rest)} more"
            : shown.Count == 1 ? shown[0] : $"{string.Join(", ", shown.Take(shown.Count - 1))} and {shown[^1]}";
        return $"(also on {(lines.Count == 1 ? "line" : "lines")} {list})";
    }

    public static string MoreLikeThis(int count) => $"… and {DanishText.Number(count)} more like this.";


    public static string CannotWrite(string path, string reason) => Text.Format(nameof(CannotWrite), path, reason);

    public static string InternalError(Exception e) => Text.Format(nameof(InternalError), e.GetType().Name, e.Message);

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
