namespace BedreBalance.Conformance;

/// <summary>
/// <c>bedrebalance-conformance --page-breaks OURS.pdf WORD.pdf…</c>: for each pair, our PDF of a letter and the PDF a
/// word processor (LibreOffice) made of the same letter's .docx, checks that every page begins and ends at the same
/// line or table row (<see cref="PageBreaks"/>). Prints one line per difference; exit codes as <see cref="ConformanceApp"/>.
/// </summary>
public static class PageBreakApp
{
    public const string Option = "--page-breaks";

    public static int Run(string[] files, TextWriter output, TextWriter error)
    {
        if (files.Length == 0 || files.Length % 2 != 0 || files.Any(f => f.StartsWith('-')))
        {
            error.WriteLine($"usage: bedrebalance-conformance {Option} OURS.pdf WORD.pdf [OURS.pdf WORD.pdf…]");
            return ConformanceApp.Usage;
        }
        var status = ConformanceApp.Clean;
        for (var i = 0; i < files.Length; i += 2)
        {
            var (ours, word) = (files[i], files[i + 1]);
            IReadOnlyList<string> problems;
            int pages;
            try
            {
                var pdf = PageBreaks.Read(File.ReadAllBytes(ours));
                problems = PageBreaks.Differences(pdf, PageBreaks.Read(File.ReadAllBytes(word)));
                pages = pdf.Pages.Count;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidOperationException or ArgumentException or FormatException or InvalidCastException)
            {
                error.WriteLine($"{word}: cannot be read: {exception.Message}");
                status = ConformanceApp.Unreadable;
                continue;
            }
            foreach (var problem in problems) output.WriteLine($"{word}: page-breaks: {problem}");
            output.WriteLine(problems.Count == 0 ? $"{word}: all {pages} pages begin and end as in {Path.GetFileName(ours)}" : $"{word}: {problems.Count} difference(s)");
            if (problems.Count > 0 && status == ConformanceApp.Clean) status = ConformanceApp.Violations;
        }
        return status;
    }
}
