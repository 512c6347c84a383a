namespace BedreBalance.Rendering.Pdf;

/// <summary>
/// PDF 1.4's implementation limits (PDF Reference 1.4, appendix C), which PDF/A-1 makes binding (ISO 19005-1, 6.1.12).
/// Arrays that grow with the data are kept within them (name and number trees are split); what cannot be split
/// leaves the file without its PDF/A-1 claim (see <see cref="PdfRendering"/>).
/// </summary>
public static class ArchivalLimits
{
    /// <summary>Elements in one array.</summary>
    public const int MaximumArrayLength = 8191;

    /// <summary>Entries in one dictionary.</summary>
    public const int MaximumDictionaryEntries = 4095;
}

/// <summary>What is over a limit: a table's rows (one structure element each) or the pages (one page tree).</summary>
public enum ArchivalLimitKind
{
    /// <summary>A table with more rows than one structure element may hold as kids.</summary>
    TableRows,
    /// <summary>More pages than PDFsharp's flat page tree may hold in its /Kids.</summary>
    Pages,
    /// <summary>Another structure element with too many kids (the layout makes none today).</summary>
    StructureKids,
}

/// <summary>
/// One reason a PDF cannot be PDF/A-1: <paramref name="Count"/> things where at most <paramref name="Limit"/> fit.
/// <paramref name="Name"/> is what a reader calls it: a table's caption (its bookmark), or null.
/// </summary>
public sealed record ArchivalLimitExceeded(ArchivalLimitKind Kind, string? Name, int Count, int Limit);

/// <summary>What rendering a PDF produced besides the bytes: its pages, and why it does not claim PDF/A-1, if it does not.</summary>
public sealed record PdfRendering(int Pages, IReadOnlyList<ArchivalLimitExceeded> ArchivalLimitsExceeded)
{
    /// <summary>Whether the file identifies itself as PDF/A-1: only when every limit holds.</summary>
    public bool ClaimsPdfA => ArchivalLimitsExceeded.Count == 0;
}
