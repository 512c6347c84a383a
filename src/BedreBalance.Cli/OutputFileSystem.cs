using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace BedreBalance.Cli;

/// <summary>
/// The few file operations <see cref="AtomicFile"/> makes, one method each, so that a test can fail any single step
/// and look at what a run killed at that moment would have left.
/// </summary>
internal interface IOutputFileSystem
{
    /// <summary>Who this run is, written into its temporary files' names.</summary>
    int ProcessId { get; }

    bool IsProcessRunning(int processId);

    DateTime UtcNow { get; }

    /// <summary>Creates a file that must not exist yet, lets <paramref name="write"/> fill it and forces it to the disk.</summary>
    void WriteNew(string path, Action<Stream> write);

    /// <summary>Copies a file with its last-write time; the copy must not exist yet.</summary>
    void CopyWithTimestamp(string source, string target);

    /// <summary>One rename over <paramref name="target"/>: readers see the old file or the new one, never neither.</summary>
    void RenameOver(string source, string target);

    void Delete(string path);

    bool FileExists(string path);

    IEnumerable<string> FilesStartingWith(string directory, string prefix);

    DateTime LastWriteTimeUtc(string path);

    /// <summary>Waits for and takes the lock that serialises the renames into <paramref name="directory"/>.</summary>
    IDisposable LockDirectory(string directory);
}

/// <summary>The real disk.</summary>
internal sealed class PhysicalOutputFileSystem : IOutputFileSystem
{
    public static PhysicalOutputFileSystem Instance { get; } = new();

    /// <summary>
    /// How long a run waits for the other runs writing into the same folder. Each holds the lock only for a few
    /// renames, but 350 runs started at once on two busy cores took 15 minutes in all, and with a one-minute wait
    /// most of them gave up; a dead run cannot hold the lock, so a long wait only ever waits for live runs.
    /// </summary>
    public static readonly TimeSpan LockTimeout = TimeSpan.FromMinutes(15);

    public int ProcessId => Environment.ProcessId;

    public DateTime UtcNow => DateTime.UtcNow;

    public bool IsProcessRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or PlatformNotSupportedException or System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    public void WriteNew(string path, Action<Stream> write)
    {
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1 << 16);
        write(stream);
        stream.Flush(flushToDisk: true);
    }

    public void CopyWithTimestamp(string source, string target)
    {
        File.Copy(source, target, overwrite: false);
        File.SetLastWriteTimeUtc(target, File.GetLastWriteTimeUtc(source));
    }

    public void RenameOver(string source, string target) => File.Move(source, target, overwrite: true);

    public void Delete(string path) => File.Delete(path);

    public bool FileExists(string path) => File.Exists(path);

    /// <remarks>Our names start with a dot, which Unix counts as hidden: nothing is skipped.</remarks>
    public IEnumerable<string> FilesStartingWith(string directory, string prefix) =>
        Directory.EnumerateFiles(directory, prefix + "*", new EnumerationOptions { MatchType = MatchType.Simple, IgnoreInaccessible = true, AttributesToSkip = 0 });

    public DateTime LastWriteTimeUtc(string path) => File.GetLastWriteTimeUtc(path);

    /// <summary>
    /// The lock is a file in the system's temporary folder named after the output folder, so the output folder
    /// holds nothing but the documents. An exclusively opened file is released by the operating system when a run
    /// is killed, so a dead run never blocks the next.
    /// </summary>
    public IDisposable LockDirectory(string directory)
    {
        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(directory))))[..16];
        var lockPath = Path.Combine(Path.GetTempPath(), $"bedrebalance-{key}.lock");
        var waited = Stopwatch.StartNew();
        var pause = 5;
        while (true)
        {
            try
            {
                return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
            }
            catch (IOException e) when (IsSharingViolation(e) && waited.Elapsed < LockTimeout)
            {
                // Another run is renaming its files into the same folder; it takes milliseconds.
                Thread.Sleep(Random.Shared.Next(pause, 2 * pause));
                pause = Math.Min(pause * 2, 100);
            }
            catch (IOException e) when (IsSharingViolation(e))
            {
                throw new IOException(Messages.OutputFolderBusy(directory, LockTimeout));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // No usable temporary folder: each file is still replaced in one rename, only two runs at the same
                // moment may then leave a pair from both; not worth failing a run for.
                return NoLock.Instance;
            }
        }
    }

    /// <summary>
    /// "Being used by another process": the lock is held. Windows says ERROR_SHARING_VIOLATION; on Unix .NET locks
    /// with flock and passes on its EWOULDBLOCK (11 on Linux, 35 on macOS) as the HResult.
    /// </summary>
    private static bool IsSharingViolation(IOException e) =>
        (e.HResult & 0xFFFF) == 32 || (OperatingSystem.IsLinux() && e.HResult == 11) || (OperatingSystem.IsMacOS() && e.HResult == 35);

    private sealed class NoLock : IDisposable
    {
        public static NoLock Instance { get; } = new();

        public void Dispose()
        {
        }
    }
}
