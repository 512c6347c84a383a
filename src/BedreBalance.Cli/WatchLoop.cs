using System.Threading.Channels;

namespace BedreBalance.Cli;

/// <summary>
/// Generates once, then again after each burst of changes, until cancelled. A burst ends when no change has come for
/// the quiet period: Excel and editors save in several steps (a temporary file, then a rename; or write, then touch),
/// and the letter is made once, from the finished files. The changes and the waiting are given, so tests drive the
/// loop with their own changes and clock.
/// </summary>
internal sealed class WatchLoop(ChannelReader<string> changes, Func<TimeSpan, CancellationToken, Task> delay, TimeSpan quietPeriod)
{
    public static readonly TimeSpan DefaultQuietPeriod = TimeSpan.FromMilliseconds(300);

    /// <param name="generate">Runs the pipeline; given the name of the last file changed, or null for the first run.</param>
    public async Task RunAsync(Action<string?> generate, CancellationToken cancellation)
    {
        generate(null);
        while (!cancellation.IsCancellationRequested)
        {
            string changed;
            try
            {
                changed = await changes.ReadAsync(cancellation).ConfigureAwait(false);
                while (true)
                {
                    await delay(quietPeriod, cancellation).ConfigureAwait(false);
                    var more = false;
                    while (changes.TryRead(out var next))
                    {
                        changed = next;
                        more = true;
                    }
                    if (!more) break;
                }
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (ChannelClosedException)
            {
                return;
            }
            generate(changed);
        }
    }
}

/// <summary>The saves in a dataset folder, as names of the files changed; temporary and lock files left out.</summary>
internal sealed class DatasetChanges : IDisposable
{
    private static readonly string[] DatasetExtensions = [".csv", ".md", ".xlsx"];

    private readonly FileSystemWatcher watcher;
    private readonly Channel<string> channel = Channel.CreateUnbounded<string>();

    public DatasetChanges(string directory)
    {
        watcher = new FileSystemWatcher(directory)
        {
            IncludeSubdirectories = false,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
        };
        watcher.Changed += (_, e) => Offer(e.Name);
        watcher.Created += (_, e) => Offer(e.Name);
        watcher.Deleted += (_, e) => Offer(e.Name);
        watcher.Renamed += (_, e) =>
        {
            Offer(e.OldName);
            Offer(e.Name);
        };
        // Too many changes at once for the system's buffer: some were lost, so look at everything again.
        watcher.Error += (_, _) => channel.Writer.TryWrite(directory);
        watcher.EnableRaisingEvents = true;
    }

    public ChannelReader<string> Reader => channel.Reader;

    /// <summary>
    /// A file the dataset can hold: tabelN.csv, brev.md, a workbook. Not Excel's "~$tabel1.xlsx" lock file or its
    /// extension-less temporary file, LibreOffice's ".~lock…#", an editor's ".swp" or "~" backup.
    /// </summary>
    public static bool Matters(string? name) =>
        name is not null
        && !name.StartsWith("~$", StringComparison.Ordinal)
        && !name.StartsWith('.')
        && DatasetExtensions.Contains(Path.GetExtension(name), StringComparer.OrdinalIgnoreCase);

    public void Dispose()
    {
        watcher.Dispose();
        channel.Writer.TryComplete();
    }

    private void Offer(string? name)
    {
        if (Matters(name)) channel.Writer.TryWrite(name!);
    }
}
