using BedreBalance.Domain;

namespace BedreBalance.Cli;

/// <summary>Prints diagnostics one a line, errors first, each in file order, in the "file:line: error: …" shape.</summary>
internal static class DiagnosticReport
{
    /// <param name="dataset">
    /// The dataset folder as the user gave it: "tabel1.csv" is printed "data/spm-346-maj-2019/tabel1.csv", so that an
    /// editor or terminal started in the user's folder can open the file at the line.
    /// </param>
    public static void Write(TextWriter writer, IReadOnlyCollection<Diagnostic> diagnostics, string? dataset = null)
    {
        var ordered = diagnostics
            .Select(d => d with { File = InDataset(d.File, dataset) })
            .OrderBy(d => d.IsError ? 0 : 1)
            .ThenBy(d => d.File, StringComparer.Ordinal)
            .ThenBy(d => d.Line ?? 0);
        foreach (var diagnostic in ordered)
        {
            writer.WriteLine(diagnostic.ToString());
        }
    }

    public static string InDataset(string file, string? dataset) =>
        dataset is null || Path.IsPathRooted(file) || file == dataset || file.Length == 0 ? file : Path.Join(dataset, file);
}
