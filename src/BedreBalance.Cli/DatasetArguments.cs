using System.CommandLine;
using System.CommandLine.Parsing;

namespace BedreBalance.Cli;

/// <summary>The dataset argument both commands take, with the default the README promises, and the checks every path gets.</summary>
internal static class DatasetArguments
{
    public const string DefaultDataset = "data/spm-346";

    public static Argument<string> Create() => RequirePath(new Argument<string>("dataset")
    {
        Description = Messages.DatasetDescription,
        Arity = ArgumentArity.ZeroOrOne,
        DefaultValueFactory = _ => DefaultDataset,
    }, "PathDataset");

    /// <summary>
    /// An empty path is a usage error (it would otherwise mean the current folder, or fail deep inside), and so is a
    /// path that looks like an option: "generate --bogus" is a mistyped option, not a folder named "--bogus".
    /// </summary>
    /// <param name="what">The key in Messages.resx of what the path names ("PathDataset": "dataset folder").</param>
    public static Argument<string> RequirePath(Argument<string> argument, string what)
    {
        argument.Validators.Add(result => Check(result.GetValueOrDefault<string>(), what, result, optionLike: true));
        return argument;
    }

    public static Option<T> RequirePath<T>(Option<T> option, string what)
    {
        // After an option that takes a value, "-x" names the folder "-x"; "--bogus" is still a mistyped option.
        option.Validators.Add(result => Check(result.GetValueOrDefault<T>() as string, what, result, optionLike: false));
        return option;
    }

    private static void Check(string? value, string what, SymbolResult result, bool optionLike)
    {
        if (value is null)
        {
            return;
        }
        if (value.Trim().Length == 0)
        {
            result.AddError(Messages.EmptyPath(what));
        }
        else if (value.Length > 1 && (optionLike ? value[0] == '-' : value.StartsWith("--", StringComparison.Ordinal)))
        {
            result.AddError(Messages.UnknownOption(value, null, null));
        }
        else if (value.Contains('\0'))
        {
            result.AddError(Messages.UnusablePath(what));
        }
    }
}
