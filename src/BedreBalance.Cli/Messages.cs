using BedreBalance.Domain;

namespace BedreBalance.Cli;

/// <summary>Every sentence the program says to its user, in one place.</summary>
internal static class Messages
{
    public const string RootDescription =
        "Generates the answer to Finansudvalgets spørgsmål nr. 346 (Bedre Balance: state jobs moved out of the capital) as PDF and Word from a dataset folder.";

    public const string GenerateDescription = "Check a dataset and write its letter as PDF and/or Word.";
    public const string ValidateDescription = "Check a dataset and print every problem found, with file, line and field.";
    public const string DatasetDescription = "The dataset folder (tabel1.csv, tabel2.csv, tabel3.csv, brev.md).";
    public const string OutDescription = "The folder to write to; created if missing. Files are named after the dataset folder.";
    public const string FormatDescription = "Which documents to write: pdf, docx or all.";
    public const string StrictDescription = "Count warnings as errors.";
    public const string LetterheadDescription = "The ministry's letterhead, a PDF of one or two A4 pages (default: brevpapir.pdf in the dataset folder, if there).";
    public const string LetterheadWithoutMargins =
        "A letterhead lies under the letter, but \"side:\" gives no \"top-første\": the text starts at the usual margin and may run over the logo or the address. Set \"side:\" with \"top-første\" (and \"top\" for the following pages) in cm; see docs/letterhead.md.";
    public const string TemplateDescription = "The ministry's Word template, .dotx or .docx (default: skabelon.dotx or skabelon.docx in the dataset folder, if there).";

    public static string Wrote(string path) => $"Wrote {path}";

    public static string Summary(IReadOnlyCollection<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.IsError);
        var warnings = diagnostics.Count - errors;
        return $"{Count(errors, "error", "errors")}, {Count(warnings, "warning", "warnings")}.";
    }

    public static string Valid(string dataset, IReadOnlyCollection<Diagnostic> diagnostics) =>
        $"{dataset} is valid: {Summary(diagnostics)}";

    public static string HasProblems(string dataset, IReadOnlyCollection<Diagnostic> diagnostics) =>
        $"{dataset} has problems: {Summary(diagnostics)}";

    public static string Invalid(string dataset, IReadOnlyCollection<Diagnostic> diagnostics) =>
        $"{HasProblems(dataset, diagnostics)} Nothing was written; files from an earlier run were left as they were.";

    public static string StrictWarnings(int warnings) =>
        $"--strict: {Count(warnings, "warning counts", "warnings count")} as errors.";

    public static string CannotWrite(string path, string reason) =>
        $"Cannot write {path}: {reason} Previous files were left as they were.";

    public static string InternalError(Exception e) =>
        $"Internal error ({e.GetType().Name}): {e.Message} This is a fault in bedrebalance, not in the data; please report it with the dataset.";

    public static string OutputFolderBusy(string directory, TimeSpan waited) =>
        $"Cannot write into {directory}: other runs kept writing into it for {waited.TotalMinutes:0} minutes. Try again when they have finished.";

    public static string EmptyPath(string what) => $"The {what} is empty; give a folder or file name.";

    public static string UnusablePath(string what) => $"The {what} holds a character (NUL) that no file name can hold.";

    /// <summary>A dataset "folder" such as "--bogus": a mistyped option, not a folder name.</summary>
    public static string UnknownOption(string token) =>
        $"Unknown option '{token}'. (A folder whose name starts with '-' is written ./{token}.)";

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

    public static string UsageHint => "Run 'bedrebalance --help' for the commands and options.";

    private static string Count(int n, string one, string many) => $"{n} {(n == 1 ? one : many)}";
}
