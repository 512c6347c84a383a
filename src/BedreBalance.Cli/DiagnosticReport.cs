using BedreBalance.Domain;

namespace BedreBalance.Cli;

/// <summary>Prints diagnostics one a line, errors first, each in file order, in the "file:line: error: …" shape.</summary>
internal static class DiagnosticReport
{
    public static void Write(TextWriter writer, IReadOnlyCollection<Diagnostic> diagnostics)
    {
        var ordered = diagnostics
            .OrderBy(d => d.IsError ? 0 : 1)
            .ThenBy(d => d.File, StringComparer.Ordinal)
            .ThenBy(d => d.Line ?? 0);
        foreach (var diagnostic in ordered)
        {
            writer.WriteLine(diagnostic.ToString());
        }
    }
}
