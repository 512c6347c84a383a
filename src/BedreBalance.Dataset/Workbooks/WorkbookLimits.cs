namespace BedreBalance.Dataset.Workbooks;

/// <summary>
/// How much of a workbook is read before it is refused. A workbook is a zip: a few kilobytes can unpack to
/// gigabytes (a "zip bomb"), so the file, the number of its entries and what each unpacks to are all capped.
/// The caps are far above any real table: LibreOffice writes Table 1's 31 rows as a 9.7 kB sheet (about 310 bytes
/// a row) and 21 kB unpacked in all (tests/data/workbooks), so even 100.000 rows stay near 35 MB.
/// </summary>
internal sealed record WorkbookLimits(long MaxFileBytes, int MaxEntries, long MaxEntryBytes, long MaxTotalBytes)
{
    public static WorkbookLimits Default { get; } = new(
        MaxFileBytes: 32L * 1024 * 1024,
        MaxEntries: 1_000,
        MaxEntryBytes: 128L * 1024 * 1024,
        MaxTotalBytes: 256L * 1024 * 1024);
}
