using BedreBalance.Cli;
using Xunit;

namespace BedreBalance.Tests.Hostile;

/// <summary>Stands for a kill of the process: the step that failed, and every step after it, never happens.</summary>
public sealed class SimulatedKill() : IOException("killed (simulated)");

/// <summary>
/// The real disk, except that the run "dies" at one chosen step: that step and all later ones throw without doing
/// anything, so no clean-up or roll-back of the dying run reaches the disk, just as after a kill.
/// </summary>
internal sealed class DyingFileSystem(int dieAtStep, int processId) : IOutputFileSystem
{
    private readonly PhysicalOutputFileSystem disk = PhysicalOutputFileSystem.Instance;

    public int Steps { get; private set; }

    public bool Died { get; private set; }

    public int ProcessId => processId;

    public DateTime UtcNow => disk.UtcNow;

    public bool IsProcessRunning(int id) => id == processId || disk.IsProcessRunning(id);

    public void WriteNew(string path, Action<Stream> write)
    {
        if (!Died && Steps + 1 == dieAtStep)
        {
            // A kill while writing leaves a partial temporary file behind.
            using var whole = new MemoryStream();
            write(whole);
            File.WriteAllBytes(path, whole.ToArray()[..(int)(whole.Length / 2)]);
        }
        Step();
        disk.WriteNew(path, write);
    }

    public void CopyWithTimestamp(string source, string target) => Do(() => disk.CopyWithTimestamp(source, target));

    public void RenameOver(string source, string target) => Do(() => disk.RenameOver(source, target));

    public void Delete(string path) => Do(() => disk.Delete(path));

    public bool FileExists(string path)
    {
        Step();
        return disk.FileExists(path);
    }

    public IEnumerable<string> FilesStartingWith(string directory, string prefix)
    {
        Step();
        return disk.FilesStartingWith(directory, prefix).ToList();
    }

    public DateTime LastWriteTimeUtc(string path)
    {
        Step();
        return disk.LastWriteTimeUtc(path);
    }

    public IDisposable LockDirectory(string directory)
    {
        Step();
        return disk.LockDirectory(directory);
    }

    private void Do(Action action)
    {
        Step();
        action();
    }

    private void Step()
    {
        if (Died || ++Steps == dieAtStep)
        {
            Died = true;
            throw new SimulatedKill();
        }
    }
}

/// <summary>
/// Output replacement interrupted at every step it takes (issue 12): whatever the moment, each output file is whole,
/// old or new, never missing nor partial; and the next run leaves exactly the new files and nothing of the dead run.
/// </summary>
public sealed class CrashConsistencyTests : IDisposable
{
    /// <summary>A process number no system gives out (Linux's largest is 4.194.304), so the dead run is not running.</summary>
    private const int DeadRun = 2_000_000_000;

    private readonly TemporaryFolder folder = new();

    public void Dispose() => folder.Dispose();

    private string Pdf => folder.Combine("spm-346.pdf");

    private string Docx => folder.Combine("spm-346.docx");

    private static byte[] Bytes(string text, int size = 10_000) => Enumerable.Range(0, size).Select(i => (byte)text[i % text.Length]).ToArray();

    private (string, byte[])[] Pair(string version) => [(Pdf, Bytes("pdf " + version)), (Docx, Bytes("docx " + version))];

    private int StepsOfAWholeRun()
    {
        AtomicFile.WriteAll(Pair("old"));
        var counting = new DyingFileSystem(int.MaxValue, DeadRun);
        AtomicFile.WriteAll(Pair("counted"), counting);
        return counting.Steps;
    }

    [Fact]
    public void A_run_killed_at_any_step_leaves_each_file_whole_and_the_next_run_repairs_the_folder()
    {
        var steps = StepsOfAWholeRun();
        Assert.True(steps >= 10, $"a run of two files with previous files takes {steps} steps");
        for (var step = 1; step <= steps; step++)
        {
            AtomicFile.WriteAll(Pair("old"));
            var dying = new DyingFileSystem(step, DeadRun);

            KilledRun(dying);

            foreach (var (path, name) in new[] { (Pdf, "pdf"), (Docx, "docx") })
            {
                Assert.True(File.Exists(path), $"killed at step {step}: {name} is missing");
                var bytes = File.ReadAllBytes(path);
                Assert.True(bytes.SequenceEqual(Bytes($"{name} old")) || bytes.SequenceEqual(Bytes($"{name} new")),
                    $"killed at step {step}: {name} is neither the old nor the new file");
            }

            AtomicFile.WriteAll(Pair("next"));
            Assert.Equal(["spm-346.docx", "spm-346.pdf"], Entries());
            Assert.Equal(Bytes("pdf next"), File.ReadAllBytes(Pdf));
            Assert.Equal(Bytes("docx next"), File.ReadAllBytes(Docx));
        }
    }

    [Fact]
    public void A_first_run_killed_at_any_step_leaves_no_partial_file_under_the_targets_names()
    {
        var steps = new DyingFileSystem(int.MaxValue, DeadRun);
        AtomicFile.WriteAll(Pair("counted"), steps);
        for (var step = 1; step <= steps.Steps; step++)
        {
            File.Delete(Pdf);
            File.Delete(Docx);
            KilledRun(new DyingFileSystem(step, DeadRun));
            foreach (var (path, name) in new[] { (Pdf, "pdf"), (Docx, "docx") })
            {
                Assert.True(!File.Exists(path) || File.ReadAllBytes(path).SequenceEqual(Bytes($"{name} new")), $"killed at step {step}: {name} is partial");
            }
            AtomicFile.WriteAll(Pair("next"));
            Assert.Equal(["spm-346.docx", "spm-346.pdf"], Entries());
        }
    }

    [Fact]
    public void Temporary_files_of_a_run_that_may_still_be_writing_are_left_alone()
    {
        var running = folder.Combine($"{AtomicFile.TemporaryPrefix}spm-346.pdf.{Environment.ProcessId}.0123abcd.tmp");
        var unrelated = folder.Combine($"{AtomicFile.TemporaryPrefix}notes.txt");
        File.WriteAllText(running, "another writer in this process");
        File.WriteAllText(unrelated, "not one of our temporary files");
        AtomicFile.WriteAll(Pair("new"));
        Assert.True(File.Exists(running));
        Assert.True(File.Exists(unrelated));
    }

    [Fact]
    public void Three_hundred_and_fifty_concurrent_runs_into_one_folder_all_succeed_and_leave_one_consistent_pair()
    {
        const int runs = 350;
        var failures = new System.Collections.Concurrent.ConcurrentBag<Exception>();
        using var start = new ManualResetEventSlim();
        var threads = Enumerable.Range(0, runs).Select(i => new Thread(() =>
        {
            start.Wait();
            try
            {
                AtomicFile.WriteAll(Pair(i % 2 == 0 ? "even" : "odd"));
            }
            catch (Exception e)
            {
                failures.Add(e);
            }
        })).ToList();
        threads.ForEach(thread => thread.Start());
        start.Set();
        threads.ForEach(thread => thread.Join());

        Assert.Empty(failures);
        Assert.Equal(["spm-346.docx", "spm-346.pdf"], Entries());
        var pdf = File.ReadAllBytes(Pdf);
        var version = pdf.SequenceEqual(Bytes("pdf even")) ? "even" : "odd";
        Assert.Equal(Bytes("pdf " + version), pdf);
        Assert.Equal(Bytes("docx " + version), File.ReadAllBytes(Docx));
    }

    /// <summary>
    /// A run that dies at its file system's chosen step. A death during the last clean-up goes unnoticed by the run
    /// (its work is done and clean-up failures are left to the next run), so it may return normally.
    /// </summary>
    private void KilledRun(DyingFileSystem dying)
    {
        try
        {
            AtomicFile.WriteAll(Pair("new"), dying);
        }
        catch (SimulatedKill)
        {
        }
        Assert.True(dying.Died, "the run reached the step it was to die at");
    }

    private string[] Entries() =>
        Directory.GetFileSystemEntries(folder.Path).Select(path => Path.GetFileName(path)!).Order(StringComparer.Ordinal).ToArray();
}
