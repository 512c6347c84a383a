using System.Globalization;

namespace BedreBalance.Cli;

/// <summary>
/// Replaces a set of files so that no reader, and no kill of the process, ever finds one of them missing or
/// half-written:
/// <list type="number">
/// <item>every file's bytes go to a temporary file of a unique name in the target's own folder, forced to the disk;</item>
/// <item>under a lock per folder (so that concurrent runs leave one consistent set), each temporary file is renamed
/// over its target in one step: a rename over a file replaces it atomically, so the old file is never moved aside;</item>
/// <item>if a rename fails, the targets already replaced get their previous file back from a copy made just before.</item>
/// </list>
/// A kill between two renames can leave, at worst, a set from two runs (the new PDF beside the previous Word file),
/// each file whole; the next run replaces both and removes the temporary files a killed run left behind.
/// </summary>
internal static class AtomicFile
{
    /// <summary>Temporary and backup files start with this, so a folder listing shows them as ours.</summary>
    public const string TemporaryPrefix = ".bedrebalance-";

    private const string TemporaryExtension = ".tmp";
    private const string BackupExtension = ".bak";

    /// <summary>
    /// A temporary file whose run has ended is removed; one of a run that may still be writing is left alone, unless
    /// it is older than this (its process number may have been given to another program since).
    /// </summary>
    public static readonly TimeSpan AbandonedAfter = TimeSpan.FromHours(1);

    public static void WriteAll(IReadOnlyList<(string Path, byte[] Bytes)> files) =>
        WriteAll(files.Select(file => (file.Path, (Action<Stream>)(stream => stream.Write(file.Bytes)))).ToList(), PhysicalOutputFileSystem.Instance);

    /// <summary>Each file written by its <c>Write</c> straight into its temporary file (a renderer, say).</summary>
    public static void WriteAll(IReadOnlyList<(string Path, Action<Stream> Write)> files) => WriteAll(files, PhysicalOutputFileSystem.Instance);

    public static void WriteAll(IReadOnlyList<(string Path, byte[] Bytes)> files, IOutputFileSystem fileSystem) =>
        WriteAll(files.Select(file => (file.Path, (Action<Stream>)(stream => stream.Write(file.Bytes)))).ToList(), fileSystem);

    public static void WriteAll(IReadOnlyList<(string Path, Action<Stream> Write)> files, IOutputFileSystem fileSystem)
    {
        var targets = files.Select(file => Path.GetFullPath(file.Path)).ToList();
        var folders = targets.Select(target => Path.GetDirectoryName(target)!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        foreach (var folder in folders)
        {
            RemoveAbandoned(folder, fileSystem);
        }
        var staged = new List<Staged>();
        try
        {
            for (var i = 0; i < files.Count; i++)
            {
                var entry = new Staged(targets[i], TemporaryName(targets[i], TemporaryExtension, fileSystem), TemporaryName(targets[i], BackupExtension, fileSystem));
                staged.Add(entry);
                fileSystem.WriteNew(entry.Temporary, files[i].Write);
            }
            // Folders are locked in one order, so two runs writing into the same two folders cannot wait on each other.
            var locks = new List<IDisposable>();
            try
            {
                foreach (var folder in folders)
                {
                    locks.Add(fileSystem.LockDirectory(folder));
                }
                ReplaceTargets(staged, fileSystem);
            }
            finally
            {
                foreach (var held in Enumerable.Reverse(locks))
                {
                    held.Dispose();
                }
            }
        }
        finally
        {
            foreach (var entry in staged)
            {
                DeleteQuietly(entry.Temporary, fileSystem);
                DeleteQuietly(entry.Backup, fileSystem);
            }
        }
    }

    private sealed record Staged(string Target, string Temporary, string Backup)
    {
        public bool HasBackup { get; set; }
    }

    private static void ReplaceTargets(List<Staged> staged, IOutputFileSystem fileSystem)
    {
        // Copies, not renames: the previous file stays in place until the new one replaces it.
        foreach (var entry in staged.Where(entry => fileSystem.FileExists(entry.Target)))
        {
            fileSystem.CopyWithTimestamp(entry.Target, entry.Backup);
            entry.HasBackup = true;
        }
        var replaced = new List<Staged>();
        try
        {
            foreach (var entry in staged)
            {
                fileSystem.RenameOver(entry.Temporary, entry.Target);
                replaced.Add(entry);
            }
        }
        catch
        {
            foreach (var entry in Enumerable.Reverse(replaced))
            {
                if (entry.HasBackup)
                {
                    fileSystem.RenameOver(entry.Backup, entry.Target);
                }
                else
                {
                    DeleteQuietly(entry.Target, fileSystem);
                }
            }
            throw;
        }
    }

    /// <summary>".bedrebalance-spm-346.pdf.4711.3f9a2c1e.tmp": ours, for which target, by which process, unique.</summary>
    private static string TemporaryName(string target, string extension, IOutputFileSystem fileSystem) =>
        Path.Combine(
            Path.GetDirectoryName(target)!,
            string.Create(CultureInfo.InvariantCulture,
                $"{TemporaryPrefix}{Path.GetFileName(target)}.{fileSystem.ProcessId}.{Guid.NewGuid().ToString("N")[..8]}{extension}"));

    /// <summary>Removes the temporary and backup files of runs that were killed before they could clean up.</summary>
    private static void RemoveAbandoned(string folder, IOutputFileSystem fileSystem)
    {
        IEnumerable<string> candidates;
        try
        {
            candidates = fileSystem.FilesStartingWith(folder, TemporaryPrefix).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return; // A folder that cannot be listed (or does not exist yet) holds nothing to remove.
        }
        foreach (var path in candidates)
        {
            if (OwnerOf(Path.GetFileName(path)) is not { } owner)
            {
                continue;
            }
            try
            {
                var abandoned = owner != fileSystem.ProcessId && !fileSystem.IsProcessRunning(owner);
                var old = fileSystem.UtcNow - fileSystem.LastWriteTimeUtc(path) > AbandonedAfter;
                if (abandoned || old)
                {
                    fileSystem.Delete(path);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Removed by another run at the same moment, or not ours to remove: either way not this run's problem.
            }
        }
    }

    /// <summary>The process number in one of our temporary names; null for any other file.</summary>
    private static int? OwnerOf(string name)
    {
        string rest;
        if (name.EndsWith(TemporaryExtension, StringComparison.Ordinal)) rest = name[..^TemporaryExtension.Length];
        else if (name.EndsWith(BackupExtension, StringComparison.Ordinal)) rest = name[..^BackupExtension.Length];
        else return null;
        var parts = rest.Split('.');
        return parts.Length >= 3 && parts[^1].Length == 8 && int.TryParse(parts[^2], NumberStyles.None, CultureInfo.InvariantCulture, out var owner)
            ? owner
            : null;
    }

    private static void DeleteQuietly(string path, IOutputFileSystem fileSystem)
    {
        try
        {
            if (fileSystem.FileExists(path))
            {
                fileSystem.Delete(path);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the next run to remove; the outcome of this one does not depend on it.
        }
    }
}
