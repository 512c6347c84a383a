using BedreBalance.Cli;
using BedreBalance.Tests.Validation;
using UglyToad.PdfPig;
using Xunit;

namespace BedreBalance.Tests.Cli;

/// <summary>A conventional command line: usage errors with a suggestion, help that shows what is optional, paths a user can open.</summary>
public class CommandLineTests
{
    private static CliOutcome Cli(params string[] args) => CliRunner.Run(args);

    [Theory]
    [InlineData(new[] { "generate", "--fromat", "pdf" }, "Unknown option '--fromat' for 'generate'. Did you mean '--format'?")]
    [InlineData(new[] { "generate", "--bogus" }, "Unknown option '--bogus' for 'generate'.")]
    [InlineData(new[] { "validate", "--strikt" }, "Unknown option '--strikt' for 'validate'. Did you mean '--strict'?")]
    [InlineData(new[] { "genrate" }, "Unknown command 'genrate'. Did you mean 'generate'?")]
    [InlineData(new[] { "--bogus" }, "Unknown option '--bogus'.")]
    [InlineData(new[] { "publish" }, "Unknown command 'publish'.")]
    [InlineData(new[] { "generate", "--sprog", "sv" }, "Unknown language 'sv': use da or en.")]
    public void Unknown_commands_and_options_are_usage_errors_with_exit_2(string[] args, string expected)
    {
        var run = Cli(args);
        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        Assert.Contains("bedrebalance --help", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void A_value_that_starts_with_a_dash_after_an_option_that_takes_one_is_not_an_unknown_option()
    {
        using var data = BrokenDataset.Copy().Delete("tabel3.csv");
        // "--out -x": the folder "-x" (never created: the dataset is invalid), not an option.
        var run = Cli("generate", data.Directory, "--out", "-x");
        Assert.Equal(ExitCodes.InvalidData, run.ExitCode);
    }

    [Fact]
    public void Help_shows_optional_arguments_in_brackets_also_in_the_list_of_commands()
    {
        var run = Cli("--help");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("  generate [DATASET]  ", run.Output, StringComparison.Ordinal);
        Assert.Contains("  watch [DATASET]  ", run.Output, StringComparison.Ordinal);
        Assert.Contains("  new-followup FROM_DATASET TO_DATASET  ", run.Output, StringComparison.Ordinal);
        Assert.Contains("--language, --sprog da|en", run.Output, StringComparison.Ordinal);

        var generate = Cli("generate", "--help");
        Assert.Contains("bedrebalance generate [DATASET] [options]", generate.Output, StringComparison.Ordinal);
        Assert.Contains("-o, --out DIR", generate.Output, StringComparison.Ordinal);
        Assert.Contains("[default: data/spm-346]", generate.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Diagnostics_name_files_by_the_dataset_path_the_user_gave()
    {
        using var data = BrokenDataset.Copy().Replace("tabel1.csv", "I alt;2872", "I alt;2882");
        var given = data.Directory + Path.DirectorySeparatorChar;
        var run = Cli("validate", given);
        Assert.Equal(ExitCodes.InvalidData, run.ExitCode);
        Assert.Contains(Path.Join(given, "tabel1.csv") + ":31: error: Arbejdspladser:", run.Error, StringComparison.Ordinal);
        Assert.StartsWith(Path.Join(given, "tabel1.csv") + ":31: error:", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_dataset_says_where_it_was_looked_for()
    {
        using var folder = new TemporaryFolder();
        var missing = folder.Combine("spm-346-maj-2019");
        var run = Cli("generate", missing, "--out", folder.Combine("out"));
        Assert.Equal(ExitCodes.InvalidData, run.ExitCode);
        Assert.Contains($"(looked for {Path.GetFullPath(missing)})", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_ends_with_a_summary_of_files_pages_and_warnings_and_the_page_count_is_the_PDFs()
    {
        using var data = BrokenDataset.Copy();
        using var output = new TemporaryFolder();
        var run = Cli("generate", data.Directory, "--out", output.Path);
        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);

        var pdf = Path.Combine(output.Path, "spm-346.pdf");
        using var document = PdfDocument.Open(pdf);
        Assert.True(document.NumberOfPages > 1);
        var lines = run.Output.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            [$"Wrote {pdf} ({document.NumberOfPages} pages)", $"Wrote {Path.Combine(output.Path, "spm-346.docx")}", $"Done: 2 files written from {data.Directory}; 0 errors, 2 warnings."],
            lines);
    }

    [Fact]
    public void Generate_pdf_only_warns_that_an_older_Word_file_stays_beside_it()
    {
        using var data = BrokenDataset.Copy();
        using var output = new TemporaryFolder();
        Assert.Equal(ExitCodes.Success, Cli("generate", data.Directory, "--out", output.Path, "--format", "pdf").ExitCode);
        Assert.DoesNotContain("earlier run", Cli("generate", data.Directory, "--out", output.Path, "--format", "pdf").Error, StringComparison.Ordinal);

        Assert.Equal(ExitCodes.Success, Cli("generate", data.Directory, "--out", output.Path).ExitCode);
        var run = Cli("generate", data.Directory, "--out", output.Path, "--format", "pdf");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains($"warning: {Path.Combine(output.Path, "spm-346.docx")} is from an earlier run and was not updated (--format pdf)", run.Error, StringComparison.Ordinal);
        Assert.Contains("Done: 1 file written", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Near_miss_file_names_get_a_hint()
    {
        using var data = BrokenDataset.Copy();
        File.Move(data.PathOf("tabel1.csv"), data.PathOf("Tabel1.CSV"));
        File.Move(data.PathOf("tabel2.csv"), data.PathOf("tabel2.csv.txt"));
        File.Move(data.PathOf("brev.md"), data.PathOf("brev.md.txt"));
        var run = Cli("validate", data.Directory);
        Assert.Equal(ExitCodes.InvalidData, run.ExitCode);
        Assert.Contains($"{Path.Join(data.Directory, "Tabel1.CSV")}: hint: is this tabel1.csv?", run.Error, StringComparison.Ordinal);
        Assert.Contains($"{Path.Join(data.Directory, "tabel2.csv.txt")}: hint: is this tabel2.csv?", run.Error, StringComparison.Ordinal);
        Assert.Contains($"{Path.Join(data.Directory, "brev.md.txt")}: hint: is this brev.md?", run.Error, StringComparison.Ordinal);
        Assert.Equal(3, run.Error.Split('\n').Count(line => line.Contains(": hint: ", StringComparison.Ordinal)));
    }

    [Fact]
    public void New_followup_quotes_a_folder_with_a_space_in_its_next_steps_and_mentions_the_date()
    {
        using var folder = new TemporaryFolder();
        var target = folder.Combine("maj 2019");
        var run = Cli("new-followup", RepositoryPaths.Spm346Dataset, target, "--status", "maj 2019");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var quoted = ShellQuoting.Quote(target);
        Assert.NotEqual(target, quoted);
        Assert.Contains($"bedrebalance validate {quoted};", run.Output, StringComparison.Ordinal);
        Assert.Contains($"bedrebalance generate {quoted}", run.Output, StringComparison.Ordinal);
        Assert.Contains("Set \"dato:\" in brev.md", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("data/spm-346", false, "data/spm-346")]
    [InlineData("data/maj 2019", false, "'data/maj 2019'")]
    [InlineData("it's", false, "'it'\\''s'")]
    [InlineData("data/maj 2019", true, "\"data/maj 2019\"")]
    [InlineData(@"C:\data\spm", true, @"C:\data\spm")]
    [InlineData(@"a\b", false, @"'a\b'")]
    public void Paths_are_quoted_for_the_shell_only_when_needed(string path, bool windows, string expected) =>
        Assert.Equal(expected, ShellQuoting.Quote(path, windows));
}
