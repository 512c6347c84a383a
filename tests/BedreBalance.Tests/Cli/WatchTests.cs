using System.Text;
using System.Threading.Channels;
using BedreBalance.Cli;
using BedreBalance.Tests.Validation;
using Xunit;

namespace BedreBalance.Tests.Cli;

/// <summary>The watch loop, driven by the test's own changes and clock, and once by real saves on disk.</summary>
public class WatchTests
{
    /// <summary>A clock whose waits end when the test says so.</summary>
    private sealed class ManualClock
    {
        private readonly Channel<TaskCompletionSource> waits = Channel.CreateUnbounded<TaskCompletionSource>();

        public Task Delay(TimeSpan _, CancellationToken cancellation)
        {
            var wait = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            cancellation.Register(() => wait.TrySetCanceled(cancellation));
            waits.Writer.TryWrite(wait);
            return wait.Task;
        }

        /// <summary>Waits until the loop waits for a quiet period; completing the result lets the period pass.</summary>
        public async Task<TaskCompletionSource> NextWait() => await waits.Reader.ReadAsync(TestContext.Current.CancellationToken);
    }

    [Fact(Timeout = 300_000)]
    public async Task A_burst_of_changes_regenerates_once_from_the_last_and_cancelling_ends_the_loop()
    {
        var changes = Channel.CreateUnbounded<string>();
        var clock = new ManualClock();
        var runs = Channel.CreateUnbounded<string?>();
        using var stop = new CancellationTokenSource();
        var loop = new WatchLoop(changes.Reader, clock.Delay, TimeSpan.FromSeconds(1)).RunAsync(changed => runs.Writer.TryWrite(changed), stop.Token);
        var token = TestContext.Current.CancellationToken;

        Assert.Null(await runs.Reader.ReadAsync(token)); // the first run, before any change

        // Excel saves: a temporary file renamed over tabel1.csv, then the file is touched again.
        changes.Writer.TryWrite("tabel1.csv");
        changes.Writer.TryWrite("tabel1.csv");
        var first = await clock.NextWait();     // the loop waits for quiet, with one change queued…
        changes.Writer.TryWrite("brev.md");     // …and another arrives during the wait
        first.SetResult();
        (await clock.NextWait()).SetResult();   // it waits again, and this time nothing comes: now it runs
        Assert.Equal("brev.md", await runs.Reader.ReadAsync(token));
        Assert.False(runs.Reader.TryRead(out _)); // once for the burst, not once a change

        changes.Writer.TryWrite("tabel2.csv");
        (await clock.NextWait()).SetResult();
        Assert.Equal("tabel2.csv", await runs.Reader.ReadAsync(token));

        stop.Cancel();
        await loop.WaitAsync(token);
        Assert.False(runs.Reader.TryRead(out _));
    }

    [Fact(Timeout = 300_000)]
    public async Task Cancelling_during_the_quiet_period_ends_the_loop_without_another_run()
    {
        var changes = Channel.CreateUnbounded<string>();
        var clock = new ManualClock();
        var runs = 0;
        using var stop = new CancellationTokenSource();
        var loop = new WatchLoop(changes.Reader, clock.Delay, TimeSpan.FromSeconds(1)).RunAsync(_ => Interlocked.Increment(ref runs), stop.Token);
        changes.Writer.TryWrite("tabel1.csv");
        stop.Cancel();
        await loop.WaitAsync(TestContext.Current.CancellationToken);
        Assert.Equal(1, runs);
    }

    [Theory]
    [InlineData("tabel1.csv", true)]
    [InlineData("Tabel1.CSV", true)]
    [InlineData("brev.md", true)]
    [InlineData("tabeller.xlsx", true)]
    [InlineData("~$tabel1.xlsx", false)]          // Excel's lock file
    [InlineData("3F2A1B0C", false)]                // Excel's temporary file before the rename
    [InlineData(".~lock.tabel1.csv#", false)]      // LibreOffice's lock file
    [InlineData(".brev.md.swp", false)]            // vim
    [InlineData("brev.md~", false)]                // an editor's backup
    [InlineData("tabel1.csv.tmp", false)]
    [InlineData("brevpapir.pdf", true)]           // the letterhead and template under their dataset names…
    [InlineData("skabelon.dotx", true)]
    [InlineData("skabelon.docx", true)]
    [InlineData("spm-346.pdf", false)]             // …but not the letter, when --out is the dataset folder
    [InlineData("spm-346.docx", false)]
    public void Only_files_a_dataset_can_hold_count_as_changes(string name, bool matters) =>
        Assert.Equal(matters, DatasetChanges.Matters(name));

    /// <summary>Collects what is written and lets a test wait until a text has appeared a number of times.</summary>
    private sealed class WatchedWriter : StringWriter
    {
        private readonly StringBuilder text = new();
        private readonly SemaphoreSlim written = new(0);

        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value)
        {
            lock (text) text.Append(value);
            written.Release();
        }

        public override void Write(string? value)
        {
            lock (text) text.Append(value);
            written.Release();
        }

        public override string ToString()
        {
            lock (text) return text.ToString();
        }

        public async Task WaitFor(string expected, int times)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            timeout.CancelAfter(TimeSpan.FromMinutes(2)); // a guard against hanging, not a measurement
            while (Count(ToString(), expected) < times)
            {
                await written.WaitAsync(timeout.Token);
            }
        }

        private static int Count(string text, string expected)
        {
            var count = 0;
            for (var at = text.IndexOf(expected, StringComparison.Ordinal); at >= 0; at = text.IndexOf(expected, at + 1, StringComparison.Ordinal)) count++;
            return count;
        }
    }

    [Fact(Timeout = 300_000)]
    public async Task Saving_a_file_regenerates_a_broken_save_keeps_the_good_letter_and_Ctrl_C_exits_0()
    {
        using var data = BrokenDataset.Copy();
        using var outFolder = new TemporaryFolder();
        using var output = new WatchedWriter();
        using var error = new WatchedWriter();
        using var stop = new CancellationTokenSource();
        var culture = System.Globalization.CultureInfo.CurrentUICulture;
        var watch = Task.Run(() => WatchCommand.Run(data.Directory, outFolder.Path, OutputFormat.Pdf, output, error, stop.Token), TestContext.Current.CancellationToken);

        await output.WaitFor("Done:", 1);
        var pdf = Path.Combine(outFolder.Path, "spm-346.pdf");
        var good = await File.ReadAllBytesAsync(pdf, TestContext.Current.CancellationToken);

        // A broken save, the way Excel saves: a temporary file, then renamed over the table.
        var table = data.Text("tabel1.csv");
        var temporary = data.PathOf("3F2A1B0C");
        await File.WriteAllTextAsync(temporary, table.Replace("I alt;2872", "I alt;2882", StringComparison.Ordinal), TestContext.Current.CancellationToken);
        File.Move(temporary, data.PathOf("tabel1.csv"), overwrite: true);
        await error.WaitFor("has problems", 1);
        Assert.Contains("tabel1.csv:31: error: Arbejdspladser: The total row says 2.882", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(good, await File.ReadAllBytesAsync(pdf, TestContext.Current.CancellationToken));

        // Fixed: the letter is made again.
        await File.WriteAllTextAsync(data.PathOf("tabel1.csv"), table, TestContext.Current.CancellationToken);
        await output.WaitFor("Done:", 2);
        Assert.Contains("tabel1.csv changed; generating again.", output.ToString(), StringComparison.Ordinal);

        stop.Cancel();
        Assert.Equal(ExitCodes.Success, await watch.WaitAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken));
        Assert.EndsWith($"Stopped watching {data.Directory}.{Environment.NewLine}", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(culture, System.Globalization.CultureInfo.CurrentUICulture);
    }

    [Fact(Timeout = 300_000)]
    public async Task A_letterhead_named_by_brevpapir_is_used_and_saving_it_regenerates()
    {
        using var folder = new TemporaryFolder();
        var dataset = folder.CopyOf(RepositoryPaths.Spm346Dataset, "spm-346");
        var paper = folder.Combine("papir");
        Directory.CreateDirectory(paper);
        var letterhead = Path.Combine(paper, "ministeriets-brevpapir.pdf");
        var goodPaper = await File.ReadAllBytesAsync(RepositoryPaths.InRoot("tests", "data", "spm-346-brevpapir", "brevpapir.pdf"), TestContext.Current.CancellationToken);
        await File.WriteAllBytesAsync(letterhead, goodPaper, TestContext.Current.CancellationToken);
        using var output = new WatchedWriter();
        using var error = new WatchedWriter();
        using var stop = new CancellationTokenSource();
        var watch = Task.Run(
            () => WatchCommand.Run(dataset, folder.Combine("out"), OutputFormat.Pdf, output, error, stop.Token, new StationeryFiles(letterhead)),
            TestContext.Current.CancellationToken);

        await output.WaitFor("Done:", 1);
        var pdf = folder.Combine("out", "spm-346.pdf");
        var onPaper = await File.ReadAllBytesAsync(pdf, TestContext.Current.CancellationToken);
        Assert.Contains("/Subtype/Form", Encoding.Latin1.GetString(onPaper)); // the letterhead lies under the letter

        // The letterhead outside the dataset folder is saved broken: the run says so and keeps the good letter.
        await File.WriteAllTextAsync(letterhead, "not a pdf", TestContext.Current.CancellationToken);
        await error.WaitFor("is not a PDF file", 1);
        Assert.Contains($"{letterhead} changed; generating again.", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(onPaper, await File.ReadAllBytesAsync(pdf, TestContext.Current.CancellationToken));

        await File.WriteAllBytesAsync(letterhead, goodPaper, TestContext.Current.CancellationToken);
        await output.WaitFor("Done:", 2);
        Assert.Equal(onPaper, await File.ReadAllBytesAsync(pdf, TestContext.Current.CancellationToken));

        stop.Cancel();
        Assert.Equal(ExitCodes.Success, await watch.WaitAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Watch_takes_brevpapir_and_skabelon_as_generate_does()
    {
        var help = CliRunner.Run("watch", "--help");
        Assert.Contains("--brevpapir PDF", help.Output, StringComparison.Ordinal);
        Assert.Contains("--skabelon DOTX", help.Output, StringComparison.Ordinal);
        // A file that does not exist is the same error as for generate, before any watching starts.
        using var folder = new TemporaryFolder();
        var missing = folder.Combine("nowhere.dotx");
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var stop = new CancellationTokenSource();
        stop.Cancel();
        var exit = WatchCommand.Run(RepositoryPaths.Spm346Dataset, folder.Combine("out"), OutputFormat.Pdf, output, error, stop.Token, new StationeryFiles(null, missing));
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains($"{missing}: error: {missing} does not exist.", error.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.Combine("out")));
    }
}
