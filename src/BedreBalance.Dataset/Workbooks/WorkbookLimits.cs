namespace BedreBalance.Dataset.Workbooks;

/// <summary>
/// How much of a workbook is read before it is refused. A workbook is a zip: a few kilobytes can unpack to
/// gigabytes (a "zip bomb"), so the file, the number of its entries and what each unpacks to are all capped.
/// The caps are far above any real table (the 30-row Table 1 unpacks to 21 kB; 100.000 rows to about 12 MB).
/// </summary>
public sealed record WorkbookLimits(long MaxFileBytes, int MaxEntries, long MaxEntryBytes, long MaxTotalBytes)
{
    public static WorkbookLimits Default { get; } = new(
        MaxFileBytes: 32L * 1024 * 1024,
        MaxEntries: 1_000,
        MaxEntryBytes: 128L * 1024 * 1024,
        MaxTotalBytes: 256L * 1024 * 1024);
}
