namespace BedreBalance.Cli;

/// <summary>Paths as a shell needs them in a command the user copies: a name with a space or quote stays one argument.</summary>
internal static class ShellQuoting
{
    public static string Quote(string path) => Quote(path, OperatingSystem.IsWindows());

    public static string Quote(string path, bool windows)
    {
        if (path.Length > 0 && path.All(c => char.IsAsciiLetterOrDigit(c) || "/._-+:,@%=\\".Contains(c) && !(c == '\\' && !windows)))
        {
            return path;
        }
        // cmd.exe and PowerShell both take "…"; a POSIX shell takes '…' literally, with ' itself written '\''.
        return windows ? "\"" + path.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : "'" + path.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
    }
}
