using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace BedreBalance.Cli;

/// <summary>
/// The help text, in the user's language (System.CommandLine's own help is English only) and with every argument
/// that may be left out shown in [brackets], also in the list of commands.
/// </summary>
internal static class HelpWriter
{
    public static void Install(RootCommand root, TextWriter output)
    {
        foreach (var option in root.Options)
        {
            if (option is HelpOption help)
            {
                help.Description = Text.Get("HelpOptionDescription");
                help.Action = new WriteHelp(output);
            }
            else if (option is VersionOption version)
            {
                version.Description = Text.Get("VersionOptionDescription");
            }
        }
    }

    public static void Write(Command command, TextWriter output)
    {
        var lines = new List<string>();
        if (!string.IsNullOrEmpty(command.Description))
        {
            lines.Add(Text.Get("HelpDescriptionHeading"));
            lines.Add("  " + command.Description);
            lines.Add("");
        }
        lines.Add(Text.Get("HelpUsageHeading"));
        var path = string.Join(" ", CommandPath(command));
        var usage = command.Subcommands.Count > 0
            ? $"{path} {Text.Get("HelpCommandPlaceholder")} {Text.Get("HelpOptionsPlaceholder")}"
            : $"{path}{ArgumentsUsage(command)} {Text.Get("HelpOptionsPlaceholder")}";
        lines.Add("  " + usage);
        var arguments = command.Arguments.Where(a => !a.Hidden).Select(a => (ArgumentName(a), Describe(a.Description, a.HasDefaultValue ? a.GetDefaultValue() : null))).ToList();
        Section(lines, "HelpArgumentsHeading", arguments);
        var options = OptionsOf(command).Select(o => (OptionUsage(o), Describe(o.Description, o.HasDefaultValue && o.Arity.MaximumNumberOfValues > 0 ? o.GetDefaultValue() : null))).ToList();
        Section(lines, "HelpOptionsHeading", options);
        var subcommands = command.Subcommands.Where(c => !c.Hidden).Select(c => (c.Name + ArgumentsUsage(c), c.Description ?? "")).ToList();
        Section(lines, "HelpCommandsHeading", subcommands);
        if (command.Arguments.Concat(command.Subcommands.SelectMany(c => c.Arguments)).Any(a => a.Arity.MinimumNumberOfValues == 0))
        {
            lines.Add("");
            lines.Add(Text.Get("HelpOptionalNote"));
        }
        foreach (var line in lines)
        {
            output.WriteLine(line);
        }
    }

    /// <summary>DATASET for an argument that must be given, [DATASET] for one that may be left out.</summary>
    public static string ArgumentName(Argument argument)
    {
        var name = (argument.HelpName ?? argument.Name).ToUpperInvariant().Replace('-', '_');
        return argument.Arity.MinimumNumberOfValues == 0 ? $"[{name}]" : name;
    }

    /// <summary>The options a command accepts: its own, then those inherited from above (help, language).</summary>
    public static IEnumerable<Option> OptionsOf(Command command)
    {
        var own = command.Options.Where(o => !o.Hidden).ToList();
        var inherited = command.Parents.OfType<Command>().SelectMany(parent => parent.Options).Where(o => o.Recursive && !o.Hidden && !own.Contains(o));
        return own.Concat(inherited).Distinct();
    }

    private static string ArgumentsUsage(Command command) =>
        string.Concat(command.Arguments.Where(a => !a.Hidden).Select(a => " " + ArgumentName(a)));

    private static string OptionUsage(Option option)
    {
        var names = string.Join(", ", option.Aliases.Where(a => !a.StartsWith('/')).Order(StringComparer.Ordinal).Append(option.Name));
        return option.Arity.MaximumNumberOfValues == 0 ? names : $"{names} {option.HelpName ?? "VALUE"}";
    }

    private static string Describe(string? description, object? defaultValue) =>
        defaultValue is null or "" ? description ?? "" : $"{description} {Text.Format("HelpDefault", defaultValue)}";

    private static void Section(List<string> lines, string headingKey, IReadOnlyList<(string First, string Second)> rows)
    {
        if (rows.Count == 0) return;
        lines.Add("");
        lines.Add(Text.Get(headingKey));
        var width = rows.Max(row => row.First.Length);
        lines.AddRange(rows.Select(row => $"  {row.First.PadRight(width)}  {row.Second}".TrimEnd()));
    }

    private static IEnumerable<string> CommandPath(Command command)
    {
        var names = new List<string>();
        for (Symbol? symbol = command; symbol is Command c; symbol = c.Parents.FirstOrDefault())
        {
            names.Insert(0, c is RootCommand ? "bedrebalance" : c.Name);
        }
        return names;
    }

    /// <summary>Whether the parse asks for help: then a missing required argument or option is no error.</summary>
    public static bool IsHelp(ParseResult parse) => parse.Action is WriteHelp;

    private sealed class WriteHelp(TextWriter output) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            Write(parseResult.CommandResult.Command, output);
            return ExitCodes.Success;
        }
    }
}
