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

    public static string UsageHint => "Run 'bedrebalance --help' for the commands and options.";

    private static string Count(int n, string one, string many) => $"{n} {(n == 1 ? one : many)}";
}
