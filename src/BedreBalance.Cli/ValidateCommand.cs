using System.CommandLine;

namespace BedreBalance.Cli;

/// <summary><c>bedrebalance validate [DATASET] [--strict]</c></summary>
internal static class ValidateCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var dataset = DatasetArguments.Create();
        var strict = new Option<bool>("--strict") { Description = Messages.StrictDescription };
        var command = new Command("validate", Messages.ValidateDescription) { dataset, strict };
        command.SetAction(parse => Run(parse.GetValue(dataset)!, parse.GetValue(strict), output, error));
        return command;
    }

    public static int Run(string dataset, bool strict, TextWriter output, TextWriter error)
    {
        // Composing runs every check there is, placeholders included, without rendering anything.
        var diagnostics = Generator.Check(dataset, StationeryFiles.None).Composition.Diagnostics;
        DiagnosticReport.Write(error, diagnostics, dataset);
        var warnings = diagnostics.Count(d => !d.IsError);
        var failed = diagnostics.Any(d => d.IsError) || (strict && warnings > 0);
        if (failed)
        {
            if (diagnostics.Any(d => d.IsError)) DatasetHints.Write(error, dataset);
            if (strict && warnings > 0) error.WriteLine(Messages.StrictWarnings(warnings));
            error.WriteLine(Messages.HasProblems(dataset, diagnostics));
            return ExitCodes.InvalidData;
        }
        output.WriteLine(Messages.Valid(dataset, diagnostics));
        return ExitCodes.Success;
    }
}
