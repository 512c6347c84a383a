using System.CommandLine;
using System.Text;
using BedreBalance.Letter.FollowUp;

namespace BedreBalance.Cli;

/// <summary><c>bedrebalance compare OLD_DATASET NEW_DATASET [--out FILE.md|FILE.csv|FILE.xlsx]</c></summary>
internal static class CompareCommand
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static Command Create(TextWriter output, TextWriter error)
    {
        var before = DatasetArguments.RequirePath(new Argument<string>("old-dataset") { Description = FollowUpMessages.OldDatasetDescription }, "PathOldDataset");
        var after = DatasetArguments.RequirePath(new Argument<string>("new-dataset") { Description = FollowUpMessages.NewDatasetDescription }, "PathNewDataset");
        var outFile = DatasetArguments.RequirePath(new Option<string?>("--out", "-o") { Description = FollowUpMessages.CompareOutDescription, HelpName = "FILE" }, "PathReport");
        var command = new Command("compare", FollowUpMessages.CompareDescription) { before, after, outFile };
        command.SetAction(parse => Run(parse.GetValue(before)!, parse.GetValue(after)!, parse.GetValue(outFile), output, error));
        return command;
    }

    public static int Run(string before, string after, string? outFile, TextWriter output, TextWriter error)
    {
        // The format is known before any work is done, so a wrong file name costs nothing.
        var writer = outFile is null ? TextReport : WriterFor(outFile);
        if (writer is null)
        {
            error.WriteLine(FollowUpMessages.UnknownReportFormat(outFile!));
            return ExitCodes.UsageError;
        }
        var result = DatasetComparer.Compare(before, after);
        if (result.Comparison is null)
        {
            foreach (var dataset in result.Datasets.Where(d => d.HasErrors))
            {
                error.WriteLine(FollowUpMessages.DatasetHeading(dataset.Directory));
                DiagnosticReport.Write(error, dataset.Diagnostics, dataset.Directory);
            }
            error.WriteLine(FollowUpMessages.NotCompared(result.Datasets.Where(d => d.HasErrors).Select(d => d.Directory)));
            return ExitCodes.InvalidData;
        }
        var report = writer(result.Comparison);
        if (outFile is null)
        {
            output.Write(Utf8.GetString(report));
            // Here the output is the product: a report that did not arrive is a failed write, not a success.
            if (!TolerantWriter.Delivered(output, out var failure))
            {
                error.WriteLine(Messages.CannotWriteOutput(failure!));
                return ExitCodes.OutputFailed;
            }
            return ExitCodes.Success;
        }
        try
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(outFile))!;
            Directory.CreateDirectory(folder);
            AtomicFile.WriteAll([(outFile, report)]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine(Messages.CannotWrite(outFile, e.Message));
            return ExitCodes.OutputFailed;
        }
        output.WriteLine(ComparisonReport.Summary(result.Comparison));
        output.WriteLine(Messages.Wrote(outFile));
        return ExitCodes.Success;
    }

    private static Func<DatasetComparison, byte[]>? WriterFor(string path) =>
        Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".md" or ".markdown" => comparison => Utf8.GetBytes(ComparisonWriters.Markdown(comparison)),
            ".csv" => comparison => Utf8.GetBytes(ComparisonWriters.Csv(comparison)),
            ".xlsx" => Workbook,
            _ => null,
        };

    private static byte[] TextReport(DatasetComparison comparison) => Utf8.GetBytes(ComparisonWriters.Text(comparison));

    private static byte[] Workbook(DatasetComparison comparison)
    {
        using var buffer = new MemoryStream();
        ComparisonWorkbook.Write(comparison, buffer);
        return buffer.ToArray();
    }
}
