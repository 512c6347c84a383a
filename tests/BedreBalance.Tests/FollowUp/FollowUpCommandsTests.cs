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
        Assert.Contains("end the file name in .xlsx (Excel workbook), .md (Markdown) or .csv (semicolon-separated text)", run.Error);
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

/// <summary>The follow-up workflow with the tables kept in Excel workbooks.</summary>
public class WorkbookFollowUpTests
{
    private static CliOutcome Run(params string[] args) => CliRunner.Run(args);

    /// <summary>data/spm-346 with its tables in the LibreOffice-saved tabeller.xlsx instead of the CSV files.</summary>
    private static string WorkbookNovember2018(TemporaryFolder folder)
    {
        var dataset = folder.Combine("spm-346-excel");
        Directory.CreateDirectory(dataset);
        File.Copy(Path.Combine(November2018, "brev.md"), Path.Combine(dataset, "brev.md"));
        File.Copy(RepositoryPaths.InRoot("tests", "data", "workbooks", "tabeller", "tabeller.xlsx"), Path.Combine(dataset, "tabeller.xlsx"));
        return dataset;
    }

    [Fact]
    public void New_followup_copies_the_workbook_but_not_an_open_workbooks_lock_file_and_names_it_in_the_next_steps()
    {
        using var folder = new TemporaryFolder();
        var source = WorkbookNovember2018(folder);
        File.WriteAllText(Path.Combine(source, "~$tabeller.xlsx"), "lock");
        File.WriteAllText(Path.Combine(source, "noter.txt"), "egne noter");
        var target = folder.Combine("spm-346-maj-2019");

        var run = Run("new-followup", source, target, "--status", "maj 2019");

        Assert.Equal((ExitCodes.Success, ""), (run.ExitCode, run.Error));
        Assert.Equal(["brev.md", "noter.txt", "tabeller.xlsx"], Directory.GetFiles(target).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(File.ReadAllBytes(Path.Combine(source, "tabeller.xlsx")), File.ReadAllBytes(Path.Combine(target, "tabeller.xlsx")));
        Assert.Contains($"1. Update tabeller.xlsx in {target}, including the \"I alt\" rows.", run.Output);
        Assert.Equal("maj 2019", Load(target).Letter.Fields.Status);
    }

    [Fact]
    public void Compare_between_a_csv_dataset_and_the_same_data_in_a_workbook_finds_no_changes()
    {
        using var folder = new TemporaryFolder();
        var run = Run("compare", November2018, WorkbookNovember2018(folder));
        Assert.Equal((ExitCodes.Success, ""), (run.ExitCode, run.Error));
        Assert.Contains("No changes: the tables, the totals and the letter's text are the same.", run.Output);
    }

    [Fact]
    public void Compare_writes_the_report_as_a_workbook_the_same_bytes_every_time()
    {
        using var folder = new TemporaryFolder();
        var first = folder.Combine("a", "rapport.xlsx");
        var second = folder.Combine("b", "rapport.xlsx");

        var run = Run("compare", November2018, FictitiousMay2019, "--out", first);
        Assert.Equal((ExitCodes.Success, ""), (run.ExitCode, run.Error));
        Assert.Contains($"Wrote {first}", run.Output);
        Assert.Equal(ExitCodes.Success, Run("compare", November2018, FictitiousMay2019, "--out", second).ExitCode);

        var bytes = File.ReadAllBytes(first);
        Assert.Equal(bytes, File.ReadAllBytes(second));
        var diagnostics = new List<BedreBalance.Domain.Diagnostic>();
        using var workbook = BedreBalance.Dataset.Workbooks.Workbook.Open(bytes, "rapport.xlsx", diagnostics)!;
        Assert.Equal(["Summary", "Follow-up month", "Regions (Tabel 1)", "Municipalities (Tabel 1)", "Institutions (Tabel 2)", "Education stations (Tabel 3)", "Totals and figures", "Letter text"],
            workbook.Worksheets.Select(s => s.Name));
        var totals = workbook.ReadRows(workbook.Worksheets[6], diagnostics)!;
        Assert.Equal(["Tabel 1: jobs", "2872", "3029", "157"], totals[1].Cells.Select(c => c.Text));
        Assert.Empty(diagnostics);
    }
}
