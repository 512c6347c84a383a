using BedreBalance.Cli;

namespace BedreBalance.Tests.Cli;

public sealed record CliOutcome(int ExitCode, string Output, string Error);

/// <summary>Runs the program in process, as a user would from a shell, capturing what it prints.</summary>
public static class CliRunner
{
    public static CliOutcome Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = CliApp.Run(args, output, error);
        return new CliOutcome(exitCode, output.ToString(), error.ToString());
    }
}
