namespace BedreBalance.Conformance;

/// <summary>
/// <c>bedrebalance-conformance FILE.pdf…</c>: runs every structure check on every file and prints one line per
/// violation, "FILE: check: where: what". Exit 0 when there is none, 1 when there are violations, 2 on a usage
/// error, 3 when a file cannot be read as PDF (a check that cannot run is a failure, never a pass).
/// </summary>
public static class ConformanceApp
{
    public const int Clean = 0;
    public const int Violations = 1;
    public const int Usage = 2;
    public const int Unreadable = 3;

    /// <summary>Per check and file, at most this many lines; the rest is counted, so a log stays readable.</summary>
    private const int LinesPerCheck = 25;

    public static int Run(string[] files, TextWriter output, TextWriter error)
    {
        if (files.Length == 0 || files.Any(f => f.StartsWith('-')))
        {
            error.WriteLine("usage: bedrebalance-conformance FILE.pdf [FILE.pdf…]");
            return Usage;
        }
        var status = Clean;
        foreach (var file in files)
        {
            TaggedPdf pdf;
            try
            {
                pdf = TaggedPdf.Open(File.ReadAllBytes(file));
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidOperationException or ArgumentException or FormatException)
            {
                error.WriteLine($"{file}: cannot be read as PDF: {exception.Message}");
                status = Unreadable;
                continue;
            }
            using (pdf)
            {
                var total = 0;
                foreach (var check in StructureChecks.All)
                {
                    var found = RunCheck(check, pdf, out var failure);
                    if (failure is not null)
                    {
                        error.WriteLine($"{file}: {check.Name}: the check could not run: {failure}");
                        status = Math.Max(status, Unreadable);
                        continue;
                    }
                    foreach (var violation in found.Take(LinesPerCheck))
                    {
                        output.WriteLine($"{file}: {check.Name}: {violation}");
                    }
                    if (found.Count > LinesPerCheck)
                    {
                        output.WriteLine($"{file}: {check.Name}: … and {found.Count - LinesPerCheck} more");
                    }
                    total += found.Count;
                }
                output.WriteLine(total == 0
                    ? $"{file}: {StructureChecks.All.Count} structure checks passed"
                    : $"{file}: {total} violation(s)");
                if (total > 0 && status == Clean) status = Violations;
            }
        }
        return status;
    }

    private static List<Violation> RunCheck(IStructureCheck check, TaggedPdf pdf, out string? failure)
    {
        try
        {
            failure = null;
            return check.Check(pdf).ToList();
        }
        catch (Exception exception) when (exception is InvalidOperationException or InvalidCastException or FormatException or System.Xml.XmlException or ArgumentException or IndexOutOfRangeException or KeyNotFoundException)
        {
            // A file the check cannot understand fails: a malformed structure tree is not a clean one.
            failure = $"{exception.GetType().Name}: {exception.Message}";
            return [];
        }
    }
}
