using BedreBalance.Dataset;
using BedreBalance.Domain;

namespace BedreBalance.Cli;

/// <summary>What the new-followup and compare commands say to their user (kept apart from <see cref="Messages"/>).</summary>
internal static class FollowUpMessages
{
    public const string NewFollowUpDescription =
        "Start the dataset of a new status follow-up: copy a dataset to a new folder and set its follow-up month; the numbers are left for you to update.";
    public const string FromDescription = "The dataset to start from (the previous follow-up).";
    public const string ToDescription = "The new dataset folder; it must not exist yet.";
    public const string StatusDescription = "The new follow-up month: a Danish month name and a year, such as \"maj 2019\".";

    public const string CompareDescription =
        "Report what changed between two datasets: jobs per municipality and region, Tables 2 and 3, the totals, and every sentence of the letter whose numbers change.";
    public const string OldDatasetDescription = "The earlier dataset.";
    public const string NewDatasetDescription = "The later dataset.";
    public const string CompareOutDescription = "Write the report to this file instead of the terminal: .xlsx for an Excel workbook (one sheet per section), .md for Markdown, .csv for Excel (';'-separated, UTF-8).";

    public static string Created(string from, string to, string status, string previousStatus) =>
        $"Created {to} from {from}: status {status} (was {previousStatus}).";

    /// <param name="tableFiles">The files that hold the tables in the new dataset (CSV files or workbooks).</param>
    public static string NextSteps(string to, IReadOnlyList<NamedFigure> figures, IReadOnlyList<string> tableFiles)
    {
        var lines = new List<string>
        {
            "The numbers are still those of the previous follow-up. Next:",
            $"  1. Update {EnglishList(tableFiles)} in {to}, including the \"{FollowUpReader.TotalLabel}\" rows.",
        };
        if (figures.Count > 0)
        {
            lines.Add($"  2. Check the figures under \"{FrontMatterReader.Fields.Figures}:\" in {DatasetFiles.LetterText}, which no table holds: " +
                string.Join(", ", figures.Select(f => $"{f.Name} {DanishText.Number(f.Value)}")) + ".");
        }
        lines.Add($"  {lines.Count}. bedrebalance validate {to}; bedrebalance compare <previous> {to}; bedrebalance generate {to}");
        return string.Join(Environment.NewLine, lines);
    }

    private static string EnglishList(IReadOnlyList<string> items) =>
        items.Count < 2 ? string.Concat(items) : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1];

    public static string NotLater(string status, string previousStatus) =>
        $"warning: {status} is not later than the previous follow-up ({previousStatus}); check --status.";

    public static string SourceInvalid(string from) =>
        $"{from} has errors; fix them first (see bedrebalance validate {from}). Nothing was created.";

    public static string DatasetHeading(string directory) => $"In {directory}:";

    public static string NotCompared(IEnumerable<string> invalidDatasets) =>
        $"{string.Join(" and ", invalidDatasets)} {(invalidDatasets.Count() == 1 ? "has" : "have")} errors; nothing was compared.";

    public static string UnknownReportFormat(string path) =>
        $"Cannot tell the report's format from \"{path}\": end the file name in .xlsx (Excel workbook), .md (Markdown) or .csv (semicolon-separated text).";
}
