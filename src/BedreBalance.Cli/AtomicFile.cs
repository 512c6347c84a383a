namespace BedreBalance.Cli;

/// <summary>
/// Writes files so that readers see either the old files or the whole new ones, never a half-written file:
/// every file's bytes first go to a temporary file in the same folder; only when all are written do they
/// replace their targets, each in one rename. On failure the temporary files are removed.
/// </summary>
public static class AtomicFile
{
    public static void WriteAll(IReadOnlyList<(string Path, byte[] Bytes)> files)
    {
        var temporaries = new List<(string Temporary, string Target)>();
        try
        {
            foreach (var (path, bytes) in files)
            {
                var target = Path.GetFullPath(path);
                var temporary = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Environment.ProcessId}.tmp");
                temporaries.Add((temporary, target));
                using var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None);
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }
            foreach (var (temporary, target) in temporaries)
            {
                File.Move(temporary, target, overwrite: true);
            }
        }
        finally
        {
            foreach (var (temporary, _) in temporaries)
            {
                if (File.Exists(temporary))
                {
                    File.Delete(temporary);
                }
            }
        }
    }
}
