namespace BedreBalance.Cli;

/// <summary>What the process returns; scripts and CI rely on these.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The dataset has errors (or warnings, with --strict); the diagnostics say where.</summary>
    public const int InvalidData = 1;

    /// <summary>The command line itself is wrong: unknown command or option, bad value.</summary>
    public const int UsageError = 2;

    /// <summary>The data is fine but the output folder cannot be created or written to.</summary>
    public const int OutputFailed = 3;

    /// <summary>A fault in the program itself (EX_SOFTWARE); never caused by the data alone.</summary>
    public const int InternalError = 70;
}
