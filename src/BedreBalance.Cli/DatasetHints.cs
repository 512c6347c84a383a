using BedreBalance.Dataset;

namespace BedreBalance.Cli;

/// <summary>
/// Near misses of the dataset's file names — "Tabel1.CSV", "tabel1.csv.txt", "tabel1.txt", a workbook where a CSV
/// file was expected — found beside a file that is missing, with what to do about them. The loader reads exact names
/// only (on Linux, "Tabel1.CSV" is another file), so without a hint the user is told only that the file is missing.
/// </summary>
internal static class DatasetHints
{
    private static readonly string[] WorkbookExtensions = [".xlsx", ".xlsm", ".xls", ".ods"];

    public static void Write(TextWriter error, string dataset)
    {
        foreach (var hint in Find(dataset))
        {
            error.WriteLine(hint);
        }
    }

    public static IReadOnlyList<string> Find(string dataset)
    {
        string[] present;
        try
        {
            present = Directory.Exists(dataset) ? Directory.GetFiles(dataset).Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal).ToArray() : [];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
        var hints = new List<string>();
        foreach (var expected in DatasetFiles.All.Where(name => !present.Contains(name, StringComparer.Ordinal)))
        {
            var stem = Path.GetFileNameWithoutExtension(expected);
            foreach (var name in present)
            {
                var shown = DiagnosticReport.InDataset(name, dataset);
                if (name.Equals(expected, StringComparison.OrdinalIgnoreCase)
                    || name.StartsWith(expected + ".", StringComparison.OrdinalIgnoreCase)
                    || name.Equals(stem + ".txt", StringComparison.OrdinalIgnoreCase))
                {
                    hints.Add(Messages.HintRename(shown, expected));
                }
                else if (Path.GetExtension(expected) == ".csv"
                    && Path.GetFileNameWithoutExtension(name).Equals(stem, StringComparison.OrdinalIgnoreCase)
                    && WorkbookExtensions.Contains(Path.GetExtension(name), StringComparer.OrdinalIgnoreCase))
                {
                    hints.Add(Messages.HintWorkbook(shown, expected));
                }
            }
        }
        return hints;
    }
}
