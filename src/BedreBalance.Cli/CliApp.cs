using System.CommandLine;
using System.Globalization;

namespace BedreBalance.Cli;

/// <summary>Parses the command line and runs a command; usage errors are said in a sentence, never a stack trace.</summary>
internal static class CliApp
{
    public static int Run(string[] args, TextWriter output, TextWriter error) =>
        Run(args, output, error, Environment.GetEnvironmentVariable, CancellationToken.None);

    /// <param name="environment">The environment variables (LANG, LC_ALL, LC_MESSAGES choose the language).</param>
    /// <param name="cancellation">Ends a long-running command (watch) as Ctrl+C does.</param>
    public static int Run(string[] args, TextWriter output, TextWriter error, Func<string, string?> environment, CancellationToken cancellation)
    {
        // What is said after the work is done must not undo it: a closed or full terminal is not a failed run.
        output = output as TolerantWriter ?? new TolerantWriter(output);
        error = error as TolerantWriter ?? new TolerantWriter(error);
        var culture = CultureInfo.CurrentUICulture;
        // The UI culture flows to the tasks this run starts, and only to them: runs in parallel (tests) keep their own.
        CultureInfo.CurrentUICulture = Language.Choose(args, environment);
        try
        {
            return RunInLanguage(args, output, error, cancellation);
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }

    private static int RunInLanguage(string[] args, TextWriter output, TextWriter error, CancellationToken cancellation)
    {
        var language = new Option<string>(Language.OptionNames[0], Language.OptionNames[1..])
        {
            Description = Messages.LanguageDescription,
            HelpName = string.Join('|', Language.Codes),
            Recursive = true,
        };
        language.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (value is not null && !Language.Codes.Contains(value, StringComparer.OrdinalIgnoreCase)) result.AddError(Messages.UnknownLanguage(value));
        });
        var root = new RootCommand(Messages.RootDescription)
        {
            GenerateCommand.Create(output, error),
            ValidateCommand.Create(output, error),
            NewFollowUpCommand.Create(output, error),
            CompareCommand.Create(output, error),
            WatchCommand.Create(output, error, cancellation),
            language,
        };
        HelpWriter.Install(root, output);
        // With no command at all (perhaps only a language) the program does what its users come for: generate the
        // default letter.
        if (WithoutLanguage(args).Count == 0)
        {
            args = ["generate", .. args];
        }
        var unknown = UsageCheck.Find(root, args);
        if (unknown is not null)
        {
            error.WriteLine(unknown);
            error.WriteLine(Messages.UsageHint);
            return ExitCodes.UsageError;
        }
        var parse = root.Parse(args);
        // "new-followup --help" asks how to give the arguments it lacks: help, not "'--status' must be given".
        if (parse.Errors.Count > 0 && !HelpWriter.IsHelp(parse))
        {
            foreach (var parseError in parse.Errors)
            {
                error.WriteLine(ParseErrors.Translate(parseError.Message));
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

    private static List<string> WithoutLanguage(string[] args)
    {
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (Language.OptionNames.Contains(args[i])) i++;
            else if (!Language.OptionNames.Any(name => args[i].StartsWith(name + "=", StringComparison.Ordinal))) rest.Add(args[i]);
        }
        return rest;
    }
}
