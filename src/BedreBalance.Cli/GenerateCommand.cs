using System.CommandLine;

namespace BedreBalance.Cli;

/// <summary><c>bedrebalance generate [DATASET] [--out DIR] [--format pdf|docx|all]</c></summary>
internal static class GenerateCommand
{
    public const string DefaultOutput = "output";

    public static Command Create(TextWriter output, TextWriter error)
    {
        var dataset = DatasetArguments.Create();
        var outDirectory = DatasetArguments.RequirePath(new Option<string>("--out", "-o")
        {
            Description = Messages.OutDescription,
            DefaultValueFactory = _ => DefaultOutput,
        }, "output folder");
        var format = new Option<string>("--format", "-f")
        {
            Description = Messages.FormatDescription,
            DefaultValueFactory = _ => "all",
        };
        format.AcceptOnlyFromAmong("pdf", "docx", "all");
        var letterhead = new Option<string?>("--brevpapir") { Description = Messages.LetterheadDescription };
        var template = new Option<string?>("--skabelon") { Description = Messages.TemplateDescription };

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

    public static int Run(string dataset, string outDirectory, OutputFormat format, TextWriter output, TextWriter error, StationeryFiles? stationery = null)
    {
        var result = Generator.Generate(dataset, outDirectory, format, stationery);
        DiagnosticReport.Write(error, result.Diagnostics);
        if (result.LayoutError is not null)
        {
            error.WriteLine(result.LayoutError);
            return ExitCodes.InvalidData;
        }
        if (result.HasErrors)
        {
            error.WriteLine(Messages.Invalid(dataset, result.Diagnostics));
            return ExitCodes.InvalidData;
        }
        if (result.WriteError is not null)
        {
            error.WriteLine(result.WriteError);
            return ExitCodes.OutputFailed;
        }
        foreach (var path in result.Written)
        {
            output.WriteLine(Messages.Wrote(ShortPath(path)));
        }
        return ExitCodes.Success;
    }

    /// <summary>"output/spm-346.pdf" for a file below the current folder, the full path otherwise.</summary>
    private static string ShortPath(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }
}
