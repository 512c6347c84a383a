namespace BedreBalance.Cli;

/// <summary>
/// Writes a set of files so that readers see either all the old files or all the new ones, never a half-written
/// file nor a new PDF beside an old Word file: every file's bytes first go to a temporary file in the same folder;
/// only when all are written do they replace their targets, each in one rename, and if a rename fails the targets
/// already replaced get their previous files back. Temporary files are removed in every case.
/// </summary>
internal static class AtomicFile
{
    /// <summary>Temporary and backup files start with this, so a folder listing shows them as ours.</summary>
    public const string TemporaryPrefix = ".bedrebalance-";

    public static void WriteAll(IReadOnlyList<(string Path, byte[] Bytes)> files)
    {
        var staged = new List<(string Temporary, string Target, string Backup)>();
        try
        {
            foreach (var (path, bytes) in files)
            {
                var target = Path.GetFullPath(path);
                var sibling = Path.Combine(Path.GetDirectoryName(target)!, $"{TemporaryPrefix}{Path.GetFileName(target)}.{Environment.ProcessId}");
                staged.Add((sibling + ".tmp", target, sibling + ".old"));
                using var stream = new FileStream(sibling + ".tmp", FileMode.Create, FileAccess.Write, FileShare.None);
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }
            ReplaceTargets(staged);
        }
        finally
        {
            foreach (var (temporary, _, backup) in staged)
            {
                DeleteIfPresent(temporary);
                DeleteIfPresent(backup);
            }
        }
    }

    private static void ReplaceTargets(List<(string Temporary, string Target, string Backup)> staged)
    {
        var replaced = new List<(string Target, string Backup, bool HadPrevious)>();
        try
        {
            foreach (var (temporary, target, backup) in staged)
            {
                // The previous file is moved aside rather than overwritten, so it can be put back (renames keep its timestamps).
                var hadPrevious = File.Exists(target);
                if (hadPrevious)
                {
                    File.Move(target, backup, overwrite: true);
                }
                replaced.Add((target, backup, hadPrevious));
                File.Move(temporary, target);
            }
        }
        catch
        {
            foreach (var (target, backup, hadPrevious) in Enumerable.Reverse(replaced))
            {
                if (hadPrevious)
                {
                    File.Move(backup, target, overwrite: true);
                }
                else
                {
                    DeleteIfPresent(target);
                }
            }
            throw;
        }
    }

    private static void DeleteIfPresent(string path)
    {
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }
}
