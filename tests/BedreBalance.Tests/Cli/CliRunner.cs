using BedreBalance.Cli;

namespace BedreBalance.Tests.Cli;

public sealed record CliOutcome(int ExitCode, string Output, string Error);

/// <summary>Runs the program in process, as a user would from a shell, capturing what it prints.</summary>
public static class CliRunner
{
    /// <summary>In English whatever the machine's LANG: the program is given no environment variables.</summary>
    public static CliOutcome Run(params string[] args) => RunWith(_ => null, args);

    /// <summary>With the environment variables given (e.g. LANG=da_DK.UTF-8).</summary>
    public static CliOutcome RunWith(Func<string, string?> environment, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = CliApp.Run(args, output, error, environment, CancellationToken.None);
        return new CliOutcome(exitCode, output.ToString(), error.ToString());
    }
}
