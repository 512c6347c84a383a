using System.CommandLine;
using BedreBalance.Domain;

namespace BedreBalance.Cli;

/// <summary>
/// Finds an unknown command or option before System.CommandLine parses the line: left to it, "generate --bogus"
/// would be read as a dataset folder named "--bogus", and "genrate" would be answered "Required command was not
/// provided". Both are usage errors with the nearest known name.
/// </summary>
internal static class UsageCheck
{
    public static string? Find(RootCommand root, IReadOnlyList<string> args)
    {
        Command command = root;
        var positional = 0;
        for (var i = 0; i < args.Count; i++)
        {
            var token = args[i];
            if (token == "--") break; // everything after "--" is an argument, whatever it looks like
            if (token.Length > 1 && token[0] == '-')
            {
                var name = OptionName(token);
                var options = HelpWriter.OptionsOf(command).ToList();
                var option = options.Find(o => o.Name == name || o.Aliases.Contains(name));
                if (option is null)
                {
                    var known = options.SelectMany(o => o.Aliases.Append(o.Name)).Where(n => n.StartsWith('-') && n.Length > 2);
                    var suggestion = Nearest(name, known);
                    return Messages.UnknownOption(token, command == root ? null : command.Name, suggestion);
                }
                // "--out DIR": the next token is the option's value, even if it starts with '-'.
                if (option.Arity.MaximumNumberOfValues > 0 && name == token) i++;
                continue;
            }
            if (command.Subcommands.Count > 0 && positional == 0)
            {
                var subcommand = command.Subcommands.FirstOrDefault(c => c.Name == token || c.Aliases.Contains(token));
                if (subcommand is null)
                {
                    var suggestion = Nearest(token, command.Subcommands.Select(c => c.Name));
                    return Messages.UnknownCommand(token, suggestion);
                }
                command = subcommand;
                continue;
            }
            positional++;
        }
        return null;
    }

    private static string? Nearest(string name, IEnumerable<string> known)
    {
        var nearest = EditDistance.Nearest(name, known, count: 1, minimumReach: 2);
        return nearest.Count > 0 ? nearest[0] : null;
    }

    /// <summary>"--out=dir" and "-o:dir" name the option "--out" and "-o".</summary>
    private static string OptionName(string token)
    {
        var end = token.IndexOfAny(['=', ':']);
        return end > 0 ? token[..end] : token;
    }
}
