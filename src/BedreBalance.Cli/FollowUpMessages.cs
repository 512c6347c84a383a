using BedreBalance.Dataset;
using BedreBalance.Domain;

namespace BedreBalance.Cli;

/// <summary>What the new-followup and compare commands say to their user; the words are in Resources/Messages*.resx.</summary>
internal static class FollowUpMessages
{
    public static string NewFollowUpDescription => Text.Get(nameof(NewFollowUpDescription));
    public static string FromDescription => Text.Get(nameof(FromDescription));
    public static string ToDescription => Text.Get(nameof(ToDescription));
    public static string StatusDescription => Text.Get(nameof(StatusDescription));

    public static string StatusHelpName => Text.Get(nameof(StatusHelpName));
    public static string CompareDescription => Text.Get(nameof(CompareDescription));
    public static string OldDatasetDescription => Text.Get(nameof(OldDatasetDescription));
    public static string NewDatasetDescription => Text.Get(nameof(NewDatasetDescription));
    public static string CompareOutDescription => Text.Get(nameof(CompareOutDescription));

    public static string Created(string from, string to, string status, string previousStatus) =>
        Text.Format(nameof(Created), to, from, status, previousStatus);

    /// <summary>
    /// What to do next, with the folders quoted as the shell needs them (a name with a space stays one argument), so
    /// that the commands can be copied as they are.
    /// </summary>
    /// <param name="tableFiles">The files that hold the tables in the new dataset (CSV files or workbooks).</param>
    public static string NextSteps(string from, string to, IReadOnlyList<NamedFigure> figures, IReadOnlyList<string> tableFiles)
    {
        var steps = new List<string>
        {
            Text.Format("NextStepsTables", ListOf(tableFiles), to, FollowUpReader.TotalLabel),
        };
        if (figures.Count > 0)
        {
            steps.Add(Text.Format("NextStepsFigures", FrontMatterReader.Fields.Figures, DatasetFiles.LetterText,
                string.Join(", ", figures.Select(f => $"{f.Name} {DanishText.Number(f.Value)}"))));
        }
        steps.Add(Text.Format("NextStepsDate", FrontMatterReader.Fields.Date, DatasetFiles.LetterText));
        var (quotedFrom, quotedTo) = (ShellQuoting.Quote(from), ShellQuoting.Quote(to));
        steps.Add(Text.Format("NextStepsCommands",
            $"bedrebalance validate {quotedTo}; bedrebalance compare {quotedFrom} {quotedTo}; bedrebalance generate {quotedTo}"));
        var lines = new List<string> { Text.Get("NextStepsIntro") };
        lines.AddRange(steps.Select((step, i) => $"  {i + 1}. {step}"));
        return string.Join(Environment.NewLine, lines);
    }

    public static string NotLater(string status, string previousStatus) => Text.Format(nameof(NotLater), status, previousStatus);

    /// <summary>"a, b and c" in English, "a, b og c" in Danish.</summary>
    private static string ListOf(IReadOnlyList<string> items) =>
        items.Count < 2 ? string.Concat(items) : string.Join(", ", items.Take(items.Count - 1)) + " " + Text.Get("ListAnd") + " " + items[^1];

    public static string SourceInvalid(string from) => Text.Format(nameof(SourceInvalid), from);

    public static string DatasetHeading(string directory) => Text.Format(nameof(DatasetHeading), directory);

    public static string NotCompared(IEnumerable<string> invalidDatasets)
    {
        var names = invalidDatasets.ToList();
        return names.Count == 1 ? Text.Format("NotComparedOne", names[0]) : Text.Format("NotComparedBoth", names[0], names[^1]);
    }

    public static string UnknownReportFormat(string path) => Text.Format(nameof(UnknownReportFormat), path);
}
