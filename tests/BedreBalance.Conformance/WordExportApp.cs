namespace BedreBalance.Conformance;

/// <summary>
/// <c>bedrebalance-conformance --word-export OURS.pdf EXPORTED.pdf…</c>: for each pair, our PDF of a letter and a
/// tagged PDF exported from the same letter's .docx (LibreOffice), checks that the export shows our PDF's headings
/// as H1/H2, header cells in every table and no empty row (<see cref="PdfStructure.WordExportProblems"/>). Prints
/// one line per problem; exit codes as <see cref="ConformanceApp"/>.
/// </summary>
public static class WordExportApp
{
    public const string Option = "--word-export";

    public static int Run(string[] files, TextWriter output, TextWriter error)
    {
        if (files.Length == 0 || files.Length % 2 != 0 || files.Any(f => f.StartsWith('-')))
        {
            error.WriteLine($"usage: bedrebalance-conformance {Option} OURS.pdf EXPORTED.pdf [OURS.pdf EXPORTED.pdf…]");
            return ConformanceApp.Usage;
        }
        var status = ConformanceApp.Clean;
        for (var i = 0; i < files.Length; i += 2)
        {
            var (ours, exported) = (files[i], files[i + 1]);
            IReadOnlyList<string> problems;
            try
            {
                var headings = PdfStructure.Read(File.ReadAllBytes(ours)).Elements
                    .Where(e => e.Role is "H1" or "H2" or "H3" or "H4" or "H5" or "H6")
                    .Select(e => (e.Text.Trim(), e.Role[1] - '0'))
                    .ToList();
                problems = PdfStructure.Read(File.ReadAllBytes(exported)).WordExportProblems(headings);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidOperationException or ArgumentException or FormatException or InvalidCastException)
            {
                error.WriteLine($"{exported}: cannot be read: {exception.Message}");
                status = ConformanceApp.Unreadable;
                continue;
            }
            foreach (var problem in problems) output.WriteLine($"{exported}: word-export: {problem}");
            output.WriteLine(problems.Count == 0 ? $"{exported}: the Word export shows the headings, header cells and no empty row" : $"{exported}: {problems.Count} problem(s)");
            if (problems.Count > 0 && status == ConformanceApp.Clean) status = ConformanceApp.Violations;
        }
        return status;
    }
}
