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

/// <summary>
/// The saves in a dataset folder and of the letterhead and template named on the command line, as the paths to print
/// ("data/spm-346/tabel1.csv"); temporary and lock files left out.
/// </summary>
internal sealed class DatasetChanges : IDisposable
{
    private static readonly string[] DatasetExtensions = [".csv", ".md", ".xlsx"];

    private readonly List<FileSystemWatcher> watchers = [];
    private readonly Channel<string> channel = Channel.CreateUnbounded<string>();

    /// <param name="namedFiles">Files outside the dataset's own names that a run reads (--brevpapir, --skabelon); null entries are left out.</param>
    public DatasetChanges(string directory, IEnumerable<string?>? namedFiles = null)
    {
        Watch(directory, null, name => Matters(name) ? Path.Join(directory, name) : null, directory);
        foreach (var file in (namedFiles ?? []).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(file))!;
            var fileName = Path.GetFileName(file);
            // A missing folder: the run says the file does not exist; there is nothing to watch until it does.
            if (!Directory.Exists(folder)) continue;
            Watch(folder, fileName, name => string.Equals(name, fileName, StringComparison.Ordinal) ? file : null, file);
        }
    }

    public ChannelReader<string> Reader => channel.Reader;

    /// <summary>
    /// A file the dataset can hold: tabelN.csv, brev.md, a workbook, the letterhead and template under their dataset
    /// names. Not Excel's "~$tabel1.xlsx" lock file or its extension-less temporary file, LibreOffice's ".~lock…#",
    /// an editor's ".swp" or "~" backup, nor any other PDF (the letter itself may be written into the folder).
    /// </summary>
    public static bool Matters(string? name) =>
        name is not null
        && !name.StartsWith("~$", StringComparison.Ordinal)
        && !name.StartsWith('.')
        && (DatasetExtensions.Contains(Path.GetExtension(name), StringComparer.OrdinalIgnoreCase)
            || Stationery.TemplateFiles.Append(Stationery.LetterheadFile).Contains(name, StringComparer.OrdinalIgnoreCase));

    public void Dispose()
    {
        foreach (var watcher in watchers) watcher.Dispose();
        channel.Writer.TryComplete();
    }

    /// <param name="shown">The path to print for a changed name, or null when the change does not matter.</param>
    /// <param name="lost">What to print when the system dropped changes: some were lost, so everything is looked at again.</param>
    private void Watch(string folder, string? filter, Func<string, string?> shown, string lost)
    {
        var watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = false,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
        };
        if (filter is not null) watcher.Filter = filter;
        void Offer(string? name)
        {
            if (name is not null && shown(name) is { } path) channel.Writer.TryWrite(path);
        }
        watcher.Changed += (_, e) => Offer(e.Name);
        watcher.Created += (_, e) => Offer(e.Name);
        watcher.Deleted += (_, e) => Offer(e.Name);
        watcher.Renamed += (_, e) =>
        {
            Offer(e.OldName);
            Offer(e.Name);
        };
        watcher.Error += (_, _) => channel.Writer.TryWrite(lost);
        watcher.EnableRaisingEvents = true;
        watchers.Add(watcher);
    }
}
