using System.CommandLine;

namespace BedreBalance.Cli;

/// <summary><c>bedrebalance watch [DATASET] [--out DIR] [--format pdf|docx|all]</c>: generate on every save, until Ctrl+C.</summary>
internal static class WatchCommand
{
    public static Command Create(TextWriter output, TextWriter error, CancellationToken cancellation)
    {
        var (dataset, outDirectory, format) = GenerateCommand.CreateSymbols();
        var command = new Command("watch", Messages.WatchDescription) { dataset, outDirectory, format };
        command.SetAction(parse => Run(
            parse.GetValue(dataset)!,
            parse.GetValue(outDirectory)!,
            Enum.Parse<OutputFormat>(parse.GetValue(format)!, ignoreCase: true),
            output,
            error,
            cancellation));
        return command;
    }

    public static int Run(string dataset, string outDirectory, OutputFormat format, TextWriter output, TextWriter error, CancellationToken cancellation)
    {
        if (!Directory.Exists(dataset))
        {
            error.WriteLine(Messages.WatchNoFolder(dataset, Path.GetFullPath(dataset)));
            return ExitCodes.InvalidData;
        }
        using var changes = new DatasetChanges(dataset);
        var loop = new WatchLoop(changes.Reader, Task.Delay, WatchLoop.DefaultQuietPeriod);
        Run(loop, dataset, outDirectory, format, output, error, cancellation).GetAwaiter().GetResult();
        return ExitCodes.Success;
    }

    /// <summary>The loop with its changes given: each run prints its diagnostics or its summary, as generate does.</summary>
    internal static async Task Run(WatchLoop loop, string dataset, string outDirectory, OutputFormat format, TextWriter output, TextWriter error, CancellationToken cancellation)
    {
        output.WriteLine(Messages.WatchStarted(dataset));
        await loop.RunAsync(changed =>
        {
            if (changed is not null)
            {
                output.WriteLine();
                output.WriteLine(Messages.WatchChanged(DiagnosticReport.InDataset(Path.GetFileName(changed), dataset)));
            }
            // A failed run writes nothing (generate is all or nothing): the last good letter stays until the data is fixed.
            GenerateCommand.Run(dataset, outDirectory, format, output, error);
        }, cancellation).ConfigureAwait(false);
        output.WriteLine(Messages.WatchStopped(dataset));
    }
}
