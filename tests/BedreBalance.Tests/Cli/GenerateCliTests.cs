using BedreBalance.Cli;
using BedreBalance.Tests.Validation;
using Xunit;

namespace BedreBalance.Tests.Cli;

/// <summary>The program as its users run it: exit codes, what it says, and what it leaves on disk.</summary>
public class GenerateCliTests
{
    private sealed record Run(int ExitCode, string Output, string Error);

    private static Run Cli(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = CliApp.Run(args, output, error);
        return new Run(exitCode, output.ToString(), error.ToString());
    }

    private static Dictionary<string, (byte[] Bytes, DateTime Written)> Snapshot(string directory) =>
        Directory.GetFiles(directory).ToDictionary(
            path => Path.GetFileName(path),
            path => (File.ReadAllBytes(path), File.GetLastWriteTimeUtc(path)));

    private static void AssertNoStackTrace(string text)
    {
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_dataset_exits_1_says_why_and_leaves_the_previous_files_exactly_as_they_were()
    {
        using var data = BrokenDataset.Copy();
        var outDirectory = Path.Combine(data.Directory, "..", "output", "nested");

        // The first run creates the missing output folder and writes both documents.
        var first = Cli("generate", data.Directory, "--out", outDirectory);
        Assert.True(first.ExitCode == ExitCodes.Success, first.Error);
        var before = Snapshot(outDirectory);
        Assert.Equal(["spm-346.docx", "spm-346.pdf"], before.Keys.Order(StringComparer.Ordinal));

        data.Replace("tabel1.csv", "I alt;2872", "I alt;2882").Replace("brev.md", "{{tal.planer-byer}}", "{{tal.planer-bye}}");
        var second = Cli("generate", data.Directory, "--out", outDirectory);

        Assert.Equal(ExitCodes.InvalidData, second.ExitCode);
        Assert.Contains("tabel1.csv:31: error: Arbejdspladser: The total row says 2.882, but the rows add up to 2.872", second.Error, StringComparison.Ordinal);
        Assert.Contains("Nothing was written", second.Error, StringComparison.Ordinal);
        Assert.Equal("", second.Output);
        AssertNoStackTrace(second.Error);
        var after = Snapshot(outDirectory);
        Assert.Equal(before.Keys.Order(), after.Keys.Order()); // no temporary or partial file beside them
        foreach (var (name, (bytes, written)) in before)
        {
            Assert.Equal(bytes, after[name].Bytes);
            Assert.Equal(written, after[name].Written);
        }
    }

    [Fact]
    public void A_brev_md_error_found_only_when_composing_also_exits_1()
    {
        using var data = BrokenDataset.Copy().Replace("brev.md", "{{tal.planer-byer}}", "{{tal.planer-bye}}");
        var outDirectory = Path.Combine(data.Directory, "..", "output");
        var run = Cli("generate", data.Directory, "--out", outDirectory);
        Assert.Equal(ExitCodes.InvalidData, run.ExitCode);
        Assert.Contains("brev.md:43: error: {{tal.planer-bye}} names nothing. Did you mean {{tal.planer-byer}}?", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(outDirectory));
    }

    [Fact]
    public void An_output_folder_that_cannot_be_created_is_a_clear_error_with_exit_3()
    {
        using var data = BrokenDataset.Copy();
        var blocker = Path.Combine(data.Directory, "..", "not-a-folder");
        File.WriteAllText(blocker, "a file where the output folder's parent should be");
        var run = Cli("generate", data.Directory, "--out", Path.Combine(blocker, "output"));
        Assert.Equal(ExitCodes.OutputFailed, run.ExitCode);
        Assert.Contains("Cannot write", run.Error, StringComparison.Ordinal);
        AssertNoStackTrace(run.Error);
    }

    [Fact]
    public void Validate_reports_warnings_and_succeeds_and_strict_makes_them_fail()
    {
        using var data = BrokenDataset.Copy();
        var plain = Cli("validate", data.Directory);
        Assert.Equal(ExitCodes.Success, plain.ExitCode);
        Assert.Contains("0 errors, 2 warnings", plain.Output, StringComparison.Ordinal);
        Assert.Contains("tabel1.csv:2: warning: Kommune: \"Bornholms Kommune\"", plain.Error, StringComparison.Ordinal);
        Assert.Contains("tabel1.csv:22: warning: Region: Vesthimmerlands Kommune lies in Region Nordjylland", plain.Error, StringComparison.Ordinal);

        var strict = Cli("validate", data.Directory, "--strict");
        Assert.Equal(ExitCodes.InvalidData, strict.ExitCode);
        Assert.Contains("--strict: 2 warnings count as errors", strict.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_reports_every_problem_of_a_broken_dataset_together()
    {
        using var data = BrokenDataset.Copy()
            .Delete("tabel3.csv")
            .Replace("tabel2.csv", "Haderslev;Vordingborg;Hillerød", "Haderslev;Vordingborg;Haderslev");
        var run = Cli("validate", data.Directory);
        Assert.Equal(ExitCodes.InvalidData, run.ExitCode);
        Assert.Contains("tabel2.csv:2: error: Kommuner: Haderslev is listed twice for Arbejdsskadestyrelsen til ATP.", run.Error, StringComparison.Ordinal);
        Assert.Contains("tabel3.csv: error: The file is missing", run.Error, StringComparison.Ordinal);
        Assert.Contains("2 errors", run.Error, StringComparison.Ordinal);
        AssertNoStackTrace(run.Error);
    }
}

/// <summary>All-or-nothing replacement of a set of files.</summary>
public sealed class AtomicFileTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("bedrebalance-atomic-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private string[] Entries() => Directory.GetFileSystemEntries(directory).Select(path => Path.GetFileName(path)!).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void When_one_file_cannot_be_put_in_place_the_others_keep_their_previous_content_and_no_temporary_file_is_left()
    {
        var pdf = Path.Combine(directory, "spm-346.pdf");
        File.WriteAllText(pdf, "previous pdf");
        var written = File.GetLastWriteTimeUtc(pdf);
        // A folder where the Word file should go: its rename must fail, after the PDF's has succeeded.
        var docx = Path.Combine(directory, "spm-346.docx");
        Directory.CreateDirectory(docx);

        Assert.ThrowsAny<IOException>(() => AtomicFile.WriteAll([(pdf, "new pdf"u8.ToArray()), (docx, "new docx"u8.ToArray())]));

        Assert.Equal("previous pdf", File.ReadAllText(pdf));
        Assert.Equal(written, File.GetLastWriteTimeUtc(pdf));
        Assert.Equal(["spm-346.docx", "spm-346.pdf"], Entries());
    }

    [Fact]
    public void New_files_replace_old_ones_and_nothing_else_is_left()
    {
        var pdf = Path.Combine(directory, "a.pdf");
        File.WriteAllText(pdf, "old");
        AtomicFile.WriteAll([(pdf, "new"u8.ToArray()), (Path.Combine(directory, "a.docx"), "docx"u8.ToArray())]);
        Assert.Equal("new", File.ReadAllText(pdf));
        Assert.Equal(["a.docx", "a.pdf"], Entries());
    }
}
