using System.CommandLine;

namespace BedreBalance.Cli;

/// <summary><c>bedrebalance generate [DATASET] [--out DIR] [--format pdf|docx|all] [--brevpapir PDF] [--skabelon DOTX]</c></summary>
internal static class GenerateCommand
{
    public const string DefaultOutput = "output";

    public static Command Create(TextWriter output, TextWriter error)
    {
        var (dataset, outDirectory, format) = CreateSymbols();
        var (letterhead, template) = CreateStationeryOptions();
        var command = new Command("generate", Messages.GenerateDescription) { dataset, outDirectory, format, letterhead, template };
        command.SetAction(parse => Run(
            parse.GetValue(dataset)!,
            parse.GetValue(outDirectory)!,
            Enum.Parse<OutputFormat>(parse.GetValue(format)!, ignoreCase: true),
            output,
            error,
            new StationeryFiles(parse.GetValue(letterhead), parse.GetValue(template))));
        return command;
    }

    /// <summary>The dataset, --out and --format, which watch takes too.</summary>
    public static (Argument<string> Dataset, Option<string> Out, Option<string> Format) CreateSymbols()
    {
        var dataset = DatasetArguments.Create();
        var outDirectory = DatasetArguments.RequirePath(new Option<string>("--out", "-o")
        {
            Description = Messages.OutDescription,
            HelpName = "DIR",
            DefaultValueFactory = _ => DefaultOutput,
        }, "PathOutput");
        var format = new Option<string>("--format", "-f")
        {
            Description = Messages.FormatDescription,
            HelpName = "pdf|docx|all",
            DefaultValueFactory = _ => "all",
        };
        format.AcceptOnlyFromAmong("pdf", "docx", "all");
        return (dataset, outDirectory, format);
    }

    /// <summary>--brevpapir and --skabelon, which watch takes too.</summary>
    public static (Option<string?> Letterhead, Option<string?> Template) CreateStationeryOptions() =>
        (new Option<string?>("--brevpapir") { Description = Messages.LetterheadDescription, HelpName = "PDF" },
         new Option<string?>("--skabelon") { Description = Messages.TemplateDescription, HelpName = "DOTX" });

    public static int Run(string dataset, string outDirectory, OutputFormat format, TextWriter output, TextWriter error, StationeryFiles? stationery = null)
    {
        var result = Generator.Generate(dataset, outDirectory, format, stationery);
        DiagnosticReport.Write(error, result.Diagnostics, dataset);
        if (result.LayoutError is not null)
        {
            error.WriteLine(result.LayoutError);
            return ExitCodes.InvalidData;
        }
        if (result.HasErrors)
        {
            DatasetHints.Write(error, dataset);
            error.WriteLine(Messages.Invalid(dataset, result.Diagnostics));
            return ExitCodes.InvalidData;
        }
        if (result.WriteError is not null)
        {
            error.WriteLine(result.WriteError);
            return ExitCodes.OutputFailed;
        }
        foreach (var file in result.Written)
        {
            output.WriteLine(file.Pages is { } pages ? Messages.WrotePdf(ShortPath(file.Path), pages) : Messages.Wrote(ShortPath(file.Path)));
        }
        WarnAboutLeftOver(result.Written, format, error);
        output.WriteLine(Messages.GenerateSummary(result.Written.Count, dataset, result.Diagnostics));
        return ExitCodes.Success;
    }

    /// <summary>
    /// "--format pdf" leaves the Word file of an earlier run beside the new PDF (and the other way round): a reader
    /// who opens it would read the old letter, so say so.
    /// </summary>
    private static void WarnAboutLeftOver(IReadOnlyList<WrittenFile> written, OutputFormat format, TextWriter error)
    {
        if (format == OutputFormat.All || written.Count == 0) return;
        var other = Path.ChangeExtension(written[0].Path, format == OutputFormat.Pdf ? ".docx" : ".pdf");
        if (File.Exists(other))
        {
            error.WriteLine(Messages.StaleOtherFormat(ShortPath(other), format.ToString().ToLowerInvariant()));
        }
    }

    /// <summary>"output/spm-346.pdf" for a file below the current folder, the full path otherwise.</summary>
    internal static string ShortPath(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }
}
