using System.CommandLine;

namespace BedreBalance.Cli;

/// <summary>The dataset argument both commands take, with the default the README promises.</summary>
internal static class DatasetArguments
{
    public const string DefaultDataset = "data/spm-346";

    public static Argument<string> Create() => new("dataset")
    {
        Description = Messages.DatasetDescription,
        Arity = ArgumentArity.ZeroOrOne,
        DefaultValueFactory = _ => DefaultDataset,
    };
}
