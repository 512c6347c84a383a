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
                return DatasetText.Format("WorkbookTooManyParts", archive.Entries.Count, limits.MaxEntries);
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
                        return DatasetText.Format("WorkbookUnpacksTooLarge", limits.MaxTotalBytes / (1024 * 1024));
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

    public static string NotAWorkbook => DatasetText.Get(nameof(NotAWorkbook));

    private static string TooLarge(string entry, WorkbookLimits limits) =>
        DatasetText.Format("WorkbookPartTooLarge", entry, limits.MaxEntryBytes / (1024 * 1024));
}
