using System.CommandLine;

namespace BedreBalance.Cli;

/// <summary>
/// <c>bedrebalance watch [DATASET] [--out DIR] [--format pdf|docx|all] [--brevpapir PDF] [--skabelon DOTX]</c>: generate
/// on every save, until Ctrl+C.
/// </summary>
internal static class WatchCommand
{
    public static Command Create(TextWriter output, TextWriter error, CancellationToken cancellation)
    {
        var (dataset, outDirectory, format) = GenerateCommand.CreateSymbols();
        var (letterhead, template) = GenerateCommand.CreateStationeryOptions();
        var command = new Command("watch", Messages.WatchDescription) { dataset, outDirectory, format, letterhead, template };
        command.SetAction(parse => Run(
            parse.GetValue(dataset)!,
            parse.GetValue(outDirectory)!,
            Enum.Parse<OutputFormat>(parse.GetValue(format)!, ignoreCase: true),
            output,
            error,
            cancellation,
            new StationeryFiles(parse.GetValue(letterhead), parse.GetValue(template))));
        return command;
    }

    public static int Run(
        string dataset, string outDirectory, OutputFormat format, TextWriter output, TextWriter error, CancellationToken cancellation,
        StationeryFiles? stationery = null)
    {
        if (!Directory.Exists(dataset))
        {
            error.WriteLine(Messages.WatchNoFolder(dataset, Path.GetFullPath(dataset)));
            return ExitCodes.InvalidData;
        }
        stationery ??= StationeryFiles.None;
        using var changes = new DatasetChanges(dataset, [stationery.Letterhead, stationery.WordTemplate]);
        var loop = new WatchLoop(changes.Reader, Task.Delay, WatchLoop.DefaultQuietPeriod);
        Run(loop, dataset, outDirectory, format, output, error, cancellation, stationery).GetAwaiter().GetResult();
        return ExitCodes.Success;
    }

    /// <summary>The loop with its changes given: each run prints its diagnostics or its summary, as generate does.</summary>
    internal static async Task Run(
        WatchLoop loop, string dataset, string outDirectory, OutputFormat format, TextWriter output, TextWriter error, CancellationToken cancellation,
        StationeryFiles? stationery = null)
    {
        output.WriteLine(Messages.WatchStarted(dataset));
        await loop.RunAsync(changed =>
        {
            if (changed is not null)
            {
                output.WriteLine();
                output.WriteLine(Messages.WatchChanged(changed));
            }
            // A failed run writes nothing (generate is all or nothing): the last good letter stays until the data is fixed.
            GenerateCommand.Run(dataset, outDirectory, format, output, error, stationery);
        }, cancellation).ConfigureAwait(false);
        output.WriteLine(Messages.WatchStopped(dataset));
    }
}
