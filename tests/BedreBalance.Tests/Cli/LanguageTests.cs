using BedreBalance.Cli;
using BedreBalance.Tests.Validation;
using Xunit;

namespace BedreBalance.Tests.Cli;

/// <summary>Danish on screen for Danish users: chosen by --sprog/--language or the POSIX locale variables.</summary>
public class LanguageTests
{
    private static Func<string, string?> Environment(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;

    [Theory]
    [InlineData("LANG", "da_DK.UTF-8")]
    [InlineData("LC_MESSAGES", "da_DK")]
    [InlineData("LC_ALL", "da")]
    public void A_Danish_locale_gives_Danish_help(string variable, string value)
    {
        var run = CliRunner.RunWith(Environment((variable, value)), "--help");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("Brug:", run.Output, StringComparison.Ordinal);
        Assert.Contains("Kontrollér en datamappe", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void LC_ALL_comes_before_LANG_and_the_option_before_both()
    {
        var english = CliRunner.RunWith(Environment(("LC_ALL", "C"), ("LANG", "da_DK.UTF-8")), "--help");
        Assert.Contains("Usage:", english.Output, StringComparison.Ordinal);

        var danish = CliRunner.RunWith(Environment(("LANG", "en_GB.UTF-8")), "--sprog", "da", "--help");
        Assert.Contains("Brug:", danish.Output, StringComparison.Ordinal);
        var alsoDanish = CliRunner.RunWith(Environment(("LANG", "en_GB.UTF-8")), "generate", "--help", "--language=da");
        Assert.Contains("Brug:", alsoDanish.Output, StringComparison.Ordinal);

        var englishAgain = CliRunner.RunWith(Environment(("LANG", "da_DK.UTF-8")), "--language", "en", "--help");
        Assert.Contains("Usage:", englishAgain.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Usage_errors_results_and_next_steps_are_said_in_Danish()
    {
        var danish = Environment(("LANG", "da_DK.UTF-8"));
        var unknown = CliRunner.RunWith(danish, "generate", "--fromat", "pdf");
        Assert.Equal(ExitCodes.UsageError, unknown.ExitCode);
        Assert.Contains("Ukendt tilvalg '--fromat' til 'generate'. Mente du '--format'?", unknown.Error, StringComparison.Ordinal);

        using var data = BrokenDataset.Copy();
        using var output = new TemporaryFolder();
        var generate = CliRunner.RunWith(danish, "generate", data.Directory, "--out", output.Path);
        Assert.Equal(ExitCodes.Success, generate.ExitCode);
        Assert.Contains($"Skrev {Path.Combine(output.Path, "spm-346.docx")}", generate.Output, StringComparison.Ordinal);
        Assert.Contains($"Færdig: 2 filer skrevet ud fra {data.Directory}; 0 fejl, 2 advarsler.", generate.Output, StringComparison.Ordinal);

        var target = output.Combine("ny");
        var followUp = CliRunner.RunWith(danish, "new-followup", data.Directory, target, "--status", "maj 2019");
        Assert.Equal(ExitCodes.Success, followUp.ExitCode);
        Assert.Contains("Sæt \"dato:\" i brev.md til svarets dato.", followUp.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_compare_report_is_in_the_case_files_Danish()
    {
        var run = CliRunner.RunWith(Environment(("LANG", "da_DK.UTF-8")), "compare", FollowUp.FollowUpDatasets.November2018, FollowUp.FollowUpDatasets.FictitiousMay2019);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.StartsWith("Ændringer fra ", run.Output, StringComparison.Ordinal);
        Assert.Contains("Kommuner (tabel 1)", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"Kommune\s+Før\s+Efter\s+Ændring", run.Output);
        Assert.DoesNotContain("Before", run.Output, StringComparison.Ordinal);
        // The totals' labels too: "Tabel 1: jobs" in a Danish case file was an English line among Danish ones.
        Assert.Matches(@"Tabel 1: arbejdspladser\s+2\.872", run.Output);
        Assert.Contains("Arbejdspladser i alt (tabel 1 + tabel 2)", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(" jobs", run.Output, StringComparison.Ordinal);

        var english = CliRunner.Run("compare", FollowUp.FollowUpDatasets.November2018, FollowUp.FollowUpDatasets.FictitiousMay2019);
        Assert.Matches(@"Municipality\s+Before\s+After\s+Change", english.Output);
    }

    [Fact]
    public void A_run_in_Danish_leaves_the_callers_language_as_it_was()
    {
        var before = System.Globalization.CultureInfo.CurrentUICulture;
        CliRunner.RunWith(Environment(("LANG", "da_DK.UTF-8")), "--help");
        Assert.Equal(before, System.Globalization.CultureInfo.CurrentUICulture);
    }

    [Fact]
    public void The_dataset_diagnostics_are_said_in_Danish_and_keep_their_shape()
    {
        using var data = BrokenDataset.Copy()
            .Replace("tabel1.csv", "Guldborgsund Kommune", "Guldborgsun Kommune")
            .Replace("tabel1.csv", "I alt;2872", "I alt;2882")
            .Replace("tabel2.csv", "Institution;Arbejdspladser", "Institution;Arbejdsplader");
        var danish = CliRunner.RunWith(Environment(("LANG", "da_DK.UTF-8")), "validate", data.Directory);
        Assert.Equal(ExitCodes.InvalidData, danish.ExitCode);
        // The location, the severity and the field stay as editors and the data know them; the sentence is Danish.
        Assert.Contains(": error: Kommune: Kommunen \"Guldborgsun Kommune\" findes ikke i registret. Mente du \"Guldborgsund Kommune\"", danish.Error, StringComparison.Ordinal);
        Assert.Contains("tabel1.csv:31: error: Arbejdspladser: Totalrækken siger 2.882, men rækkerne giver tilsammen 2.872 (totalen er 10 for høj).", danish.Error, StringComparison.Ordinal);
        Assert.Contains("tabel2.csv:1: error: Arbejdspladser: Overskriftskolonne 2 skal være \"Arbejdspladser\", men er \"Arbejdsplader\".", danish.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("is not a Danish municipality", danish.Error, StringComparison.Ordinal);

        var english = CliRunner.RunWith(Environment(("LANG", "da_DK.UTF-8")), "validate", data.Directory, "--sprog", "en");
        Assert.Contains("\"Guldborgsun Kommune\" is not a Danish municipality. Did you mean \"Guldborgsund Kommune\"", english.Error, StringComparison.Ordinal);
        Assert.Contains("The total row says 2.882, but the rows add up to 2.872 (the total is 10 too high).", english.Error, StringComparison.Ordinal);
    }
}
