namespace BedreBalance.Dataset;

/// <summary>
/// The largest input the program accepts, so that every dataset is answered in bounded time and memory. Each is far
/// above what a real follow-up needs (the published one: files of 6 KB, lines of 241 characters, 30 rows) and
/// within what the benchmarks measured; docs/limits.md gives the reason for each.
/// </summary>
internal static class DatasetLimits
{
    /// <summary>A table file: 100.000 rows of long lines fit in a third of it.</summary>
    public const int MaximumTableFileBytes = 32 * 1024 * 1024;

    /// <summary>brev.md: some 250 times the published letter, hundreds of pages of prose.</summary>
    public const int MaximumLetterFileBytes = 1024 * 1024;

    /// <summary>One line of any file: a paragraph written on one line, or all 98 municipalities in one list, is far shorter.</summary>
    public const int MaximumLineLength = 20_000;

    /// <summary>One CSV field: the longest name of a Danish authority is about 100 characters.</summary>
    public const int MaximumFieldLength = 1_000;

    /// <summary>Rows of one table: the largest the benchmarks render (a 2.500-page letter); there are 98 municipalities.</summary>
    public const int MaximumRows = 100_000;

    /// <summary>
    /// The sum of one table's jobs. It keeps every sum the letter prints, and the sum of two tables, within 32 bits;
    /// all state jobs in Denmark are under 200.000.
    /// </summary>
    public const int MaximumTotalJobs = 1_000_000_000;

    /// <summary>Nesting in the front matter (brackets, or "- " items within items): the facts need three levels.</summary>
    public const int MaximumNestingDepth = 16;

    /// <summary>
    /// Indentation in the front matter, in spaces (the facts are indented by two or four), and of a quotation or list
    /// marker in the text, in columns (each level of nesting indents by at least two).
    /// </summary>
    public const int MaximumIndentation = 64;

    /// <summary>Emphasis markers (* and _) in one paragraph: the published letter has none; 64 allow 16 bold phrases.</summary>
    public const int MaximumEmphasisMarkers = 64;

    /// <summary>Problems of one kind reported for one file before the rest are only counted.</summary>
    public const int MaximumReportsPerFile = 20;

    public static int MaximumFileBytes(string fileName) =>
        fileName == DatasetFiles.LetterText ? MaximumLetterFileBytes : MaximumTableFileBytes;
}
