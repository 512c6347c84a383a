using System.IO.Compression;

namespace BedreBalance.Dataset.Workbooks;

/// <summary>
/// Checks a workbook's zip container before the Open XML SDK reads it: every entry is unpacked once through a
/// counter, so that neither the declared sizes (which a hostile file can fake) nor the entry count are trusted.
/// </summary>
internal static class WorkbookArchive
{
    /// <summary>Null when the container is within <paramref name="limits"/>; otherwise why not, for the user.</summary>
    public static string? Check(byte[] bytes, WorkbookLimits limits)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (archive.Entries.Count > limits.MaxEntries)
            {
                return $"The workbook holds {archive.Entries.Count} parts, more than the {limits.MaxEntries} a workbook of tables needs; save the tables in a new workbook.";
            }
            var total = 0L;
            var buffer = new byte[81920];
            foreach (var entry in archive.Entries)
            {
                if (entry.Length > limits.MaxEntryBytes)
                {
                    return TooLarge(entry.FullName, limits);
                }
                using var stream = entry.Open();
                var size = 0L;
                int read;
                while ((read = stream.Read(buffer)) > 0)
                {
                    size += read;
                    total += read;
                    if (size > limits.MaxEntryBytes)
                    {
                        return TooLarge(entry.FullName, limits);
                    }
                    if (total > limits.MaxTotalBytes)
                    {
                        return $"The workbook unpacks to more than {limits.MaxTotalBytes / (1024 * 1024)} MB; it is not read. Save only the tables in a new workbook.";
                    }
                }
            }
            return null;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException)
        {
            return NotAWorkbook;
        }
    }

    public const string NotAWorkbook =
        "The file is not an Excel workbook (.xlsx) or it is damaged; open it in Excel and save it again as \"Excel-projektmappe (*.xlsx)\".";

    private static string TooLarge(string entry, WorkbookLimits limits) =>
        $"The workbook's part {entry} unpacks to more than {limits.MaxEntryBytes / (1024 * 1024)} MB; it is not read. Save only the tables in a new workbook.";
}
