using System.CommandLine;

namespace BedreBalance.Cli;

/// <summary>Parses the command line and runs a command; usage errors are said in a sentence, never a stack trace.</summary>
internal static class CliApp
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        // What is said after the work is done must not undo it: a closed or full terminal is not a failed run.
        output = output as TolerantWriter ?? new TolerantWriter(output);
        error = error as TolerantWriter ?? new TolerantWriter(error);
        var root = new RootCommand(Messages.RootDescription)
        {
            GenerateCommand.Create(output, error),
            ValidateCommand.Create(output, error),
            NewFollowUpCommand.Create(output, error),
            CompareCommand.Create(output, error),
        };
        // With no arguments at all the program does what its users come for: generate the default letter.
        var parse = root.Parse(args.Length == 0 ? ["generate"] : args);
        if (parse.Errors.Count > 0)
        {
            foreach (var parseError in parse.Errors)
            {
                error.WriteLine(parseError.Message);
            }
            error.WriteLine(Messages.UsageHint);
            return ExitCodes.UsageError;
        }
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e)
        {
            // A bug, not bad data: bad data is reported as diagnostics. Say what happened without a stack trace.
            error.WriteLine(Messages.InternalError(e));
            return ExitCodes.InternalError;
        }
    }
}
