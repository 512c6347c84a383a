using BedreBalance.Cli;

// Ctrl+C ends a watch loop cleanly (exit 0) rather than killing the process mid-write.
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // A second Ctrl+C ends the process as usual.
    e.Cancel = !stop.IsCancellationRequested;
    stop.Cancel();
};
return CliApp.Run(args, Console.Out, Console.Error, Environment.GetEnvironmentVariable, stop.Token);
