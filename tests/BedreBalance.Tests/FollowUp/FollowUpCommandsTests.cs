using System.Text;
using BedreBalance.Cli;
using BedreBalance.Letter.FollowUp;
using BedreBalance.Tests.Cli;
using Xunit;
using static BedreBalance.Tests.FollowUp.FollowUpDatasets;

namespace BedreBalance.Tests.FollowUp;

/// <summary>The new-followup and compare commands as a user runs them: exit codes, what they print, what they write.</summary>
public class FollowUpCommandsTests
{
    private static CliOutcome Run(params string[] args) => CliRunner.Run(args);

    private static DatasetComparison FictitiousAgainstPublished() => DatasetComparer.Compare(November2018, FictitiousMay2019).Comparison!;

    [Fact]
    public void New_followup_creates_the_folder_with_the_new_month_and_says_what_to_update()
    {
        using var folder = new TemporaryFolder();
        var target = folder.Combine("spm-346-maj-2019");

        var run = Run("new-followup", November2018, target, "--status", "maj 2019");

        Assert.Equal((ExitCodes.Success, ""), (run.ExitCode, run.Error));
        Assert.StartsWith($"Created {target} from {November2018}: status maj 2019 (was november 2018).", run.Output, StringComparison.Ordinal);
        Assert.Contains("status-byer 51", run.Output);
        Assert.Equal("maj 2019", Load(target).Letter.Fields.Status);
    }

    [Fact]
    public void New_followup_refuses_to_overwrite_an_existing_folder()
    {
        using var folder = new TemporaryFolder();
        var target = folder.Combine("findes");
        Assert.Equal(ExitCodes.Success, Run("new-followup", November2018, target, "--status", "maj 2019").ExitCode);
        var before = Directory.GetFiles(target).ToDictionary(path => Path.GetFileName(path), File.ReadAllBytes);

        var run = Run("new-followup", November2018, target, "--status", "juni 2019");

        Assert.Equal(ExitCodes.OutputFailed, run.ExitCode);
        Assert.Equal($"{target} already exists; choose a new folder name (nothing was changed).", run.Error.Trim());
        Assert.Equal("", run.Output);
        Assert.Equal(before, Directory.GetFiles(target).ToDictionary(path => Path.GetFileName(path), File.ReadAllBytes));
    }

    [Theory]
    [InlineData("May 2019")]
    [InlineData("2019-05")]
    public void New_followup_refuses_a_status_that_is_not_a_Danish_month_and_year(string status)
    {
        using var folder = new TemporaryFolder();
        var target = folder.Combine("ny");

        var run = Run("new-followup", November2018, target, "--status", status);

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("maj", run.Error);
        Assert.False(Directory.Exists(target));
    }

    [Fact]
    public void New_followup_needs_the_status()
    {
        using var folder = new TemporaryFolder();
        var run = Run("new-followup", November2018, folder.Combine("ny"));
        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("--status", run.Error);
    }

    [Fact]
    public void New_followup_warns_when_the_month_is_not_later_but_still_creates_the_folder()
    {
        using var folder = new TemporaryFolder();
        var run = Run("new-followup", November2018, folder.Combine("ny"), "--status", "november 2018");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("is not later than the previous follow-up (november 2018)", run.Error);
    }

    [Fact]
    public void New_followup_into_a_folder_inside_the_source_is_a_usage_error()
    {
        using var folder = new TemporaryFolder();
        var source = folder.CopyOf(RepositoryPaths.Spm346Dataset, "kilde");
        var target = Path.Combine(source, "ny");

        var run = Run("new-followup", source, target, "--status", "maj 2019");

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("lies inside", run.Error);
        Assert.False(Directory.Exists(target));
    }

    [Fact]
    public void New_followup_from_a_missing_dataset_is_invalid_data()
    {
        using var folder = new TemporaryFolder();
        var run = Run("new-followup", folder.Combine("findes-ikke"), folder.Combine("ny"), "--status", "maj 2019");
        Assert.Equal(ExitCodes.InvalidData, run.ExitCode);
        Assert.Contains("The dataset folder does not exist.", run.Error);
        Assert.False(Directory.Exists(folder.Combine("ny")));
    }

    [Fact]
    public void Compare_prints_the_aligned_report_in_the_terminal()
    {
        var run = Run("compare", November2018, FictitiousMay2019);
        Assert.Equal((ExitCodes.Success, ""), (run.ExitCode, run.Error));
        Assert.Equal(ComparisonWriters.Text(FictitiousAgainstPublished()), run.Output);
    }

    [Fact]
    public void Compare_of_a_dataset_with_itself_reports_no_change()
    {
        var run = Run("compare", November2018, November2018);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("No changes: the tables, the totals and the letter's text are the same.", run.Output);
    }

    [Theory]
    [InlineData("rapport.md")]
    [InlineData("rapport.csv")]
    public void Compare_writes_Markdown_or_CSV_by_the_files_extension(string fileName)
    {
        using var folder = new TemporaryFolder();
        var path = folder.Combine("ny-mappe", fileName);

        var run = Run("compare", November2018, FictitiousMay2019, "--out", path);

        Assert.Equal((ExitCodes.Success, ""), (run.ExitCode, run.Error));
        Assert.EndsWith($"Wrote {path}{Environment.NewLine}", run.Output, StringComparison.Ordinal);
        var expected = fileName.EndsWith(".md", StringComparison.Ordinal)
            ? ComparisonWriters.Markdown(FictitiousAgainstPublished())
            : ComparisonWriters.Csv(FictitiousAgainstPublished());
        Assert.Equal(Encoding.UTF8.GetBytes(expected), File.ReadAllBytes(path));
        Assert.Equal(["ny-mappe"], Directory.GetFileSystemEntries(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Compare_refuses_an_unknown_report_format_before_doing_any_work()
    {
        using var folder = new TemporaryFolder();
        var run = Run("compare", November2018, FictitiousMay2019, "--out", folder.Combine("rapport.txt"));
        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("end the file name in .md (Markdown) or .csv (Excel)", run.Error);
        Assert.Empty(Directory.GetFileSystemEntries(folder.Path));
    }

    [Fact]
    public void Compare_that_cannot_write_its_file_says_so()
    {
        using var folder = new TemporaryFolder();
        var notAFolder = folder.Combine("fil");
        File.WriteAllText(notAFolder, "");
        var run = Run("compare", November2018, FictitiousMay2019, "--out", Path.Combine(notAFolder, "rapport.md"));
        Assert.Equal(ExitCodes.OutputFailed, run.ExitCode);
        Assert.Contains("Cannot write", run.Error);
    }

    [Fact]
    public void Compare_with_a_dataset_that_has_errors_prints_its_diagnostics_under_its_folder()
    {
        using var folder = new TemporaryFolder();
        var broken = folder.Combine("broken");
        Assert.Equal(ExitCodes.Success, Run("new-followup", November2018, broken, "--status", "maj 2019").ExitCode);
        var table = Path.Combine(broken, "tabel1.csv");
        File.WriteAllText(table, File.ReadAllText(table).Replace(";I alt;2872;", ";I alt;2900;", StringComparison.Ordinal));

        var run = Run("compare", November2018, broken);

        Assert.Equal(ExitCodes.InvalidData, run.ExitCode);
        Assert.Equal("", run.Output);
        var lines = run.Error.Split(Environment.NewLine);
        Assert.Equal($"In {broken}:", lines[0]);
        Assert.StartsWith("tabel1.csv:31: error: Arbejdspladser: The total row says 2.900, but the rows add up to 2.872", lines[1], StringComparison.Ordinal);
        Assert.Contains($"{broken} has errors; nothing was compared.", lines);
    }
}
