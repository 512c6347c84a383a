using BedreBalance.Cli;
using Xunit;

namespace BedreBalance.Tests.Cli;

/// <summary>
/// The sentences made outside the command line and the dataset's checks — the letter's placeholders, the follow-up
/// month, the letterhead's and the template's refusals — come in Danish on a Danish run and in English otherwise.
/// </summary>
public class DanishRunTests
{
    private static CliOutcome Run(string language, params string[] args) => CliRunner.Run([.. args, "--sprog", language]);

    [Theory]
    [InlineData("da", "{{tabel1.i-al}} er ikke et kendt navn. Mente du {{tabel1.i-alt}}?")]
    [InlineData("en", "{{tabel1.i-al}} names nothing. Did you mean {{tabel1.i-alt}}?")]
    public void A_misspelt_placeholder(string language, string expected)
    {
        using var folder = new TemporaryFolder();
        var dataset = folder.CopyOf(RepositoryPaths.Spm346Dataset, "spm-346");
        var letter = Path.Combine(dataset, "brev.md");
        File.WriteAllText(letter, File.ReadAllText(letter).Replace("kan {{tabel1.i-alt}} knyttes", "kan {{tabel1.i-al}} knyttes", StringComparison.Ordinal));

        var run = Run(language, "validate", dataset);

        Assert.Equal(ExitCodes.InvalidData, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("da", "\"mai\" er ikke et dansk månedsnavn; brug et af: januar,", "Mente du \"maj\"?")]
    [InlineData("en", "\"mai\" is not a Danish month name; use one of: januar,", "Did you mean \"maj\"?")]
    public void A_misspelt_follow_up_month(string language, string problem, string suggestion)
    {
        using var folder = new TemporaryFolder();

        var run = Run(language, "new-followup", RepositoryPaths.Spm346Dataset, folder.Combine("ny"), "--status", "mai 2019");

        Assert.NotEqual(ExitCodes.Success, run.ExitCode);
        Assert.Contains(problem, run.Error, StringComparison.Ordinal);
        Assert.Contains(suggestion, run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("da", "Kommunen \"Vordingborgg\" (nævnt for Arbejdsskadestyrelsen til ATP) findes ikke i registret. Mente du \"Vordingborg\"?")]
    [InlineData("en", "\"Vordingborgg\" (listed for Arbejdsskadestyrelsen til ATP) is not a Danish municipality. Did you mean \"Vordingborg\"?")]
    public void A_municipality_listed_for_an_institution(string language, string listed)
    {
        using var folder = new TemporaryFolder();
        var dataset = folder.CopyOf(RepositoryPaths.Spm346Dataset, "spm-346");
        var table = Path.Combine(dataset, "tabel2.csv");
        var text = File.ReadAllText(table);
        var at = text.IndexOf(";Vordingborg;", StringComparison.Ordinal);
        Assert.True(at > 0, "tabel2.csv lists Vordingborg");
        File.WriteAllText(table, text[..at] + ";Vordingborgg;" + text[(at + ";Vordingborg;".Length)..]);

        var run = Run(language, "validate", dataset);
        Assert.Equal(ExitCodes.InvalidData, run.ExitCode);
        Assert.Contains(listed, run.Output + run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("da", "--status \"MÅNED ÅR\"")]
    [InlineData("en", "--status \"MONTH YEAR\"")]
    public void Help_for_a_command_with_required_arguments_is_help_in_the_users_language(string language, string status)
    {
        // Asking for help is never an error, even though the command's own arguments are missing.
        var run = Run(language, "new-followup", "--help");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains(status, run.Output, StringComparison.Ordinal);
        Assert.Equal("", run.Error);
        Assert.Equal(ExitCodes.Success, Run(language, "compare", "--help").ExitCode);
    }

    [Theory]
    [InlineData("da", "er ikke en PDF-fil: den begynder ikke med \"%PDF-\". Eksportér brevpapiret fra Word eller LibreOffice som PDF.",
        "kan ikke læses som en Word-skabelon eller et Word-dokument")]
    [InlineData("en", "is not a PDF file: it does not start with \"%PDF-\". Export the letterhead from Word or LibreOffice as PDF.",
        "cannot be read as a Word template or document")]
    public void A_letterhead_and_a_template_that_cannot_be_used(string language, string letterhead, string template)
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(folder.Combine("brevpapir.pdf"), "ikke en pdf");
        File.WriteAllText(folder.Combine("skabelon.dotx"), "ikke en skabelon");

        var run = Run(language, "generate", RepositoryPaths.Spm346Dataset, "--out", folder.Combine("ud"),
            "--brevpapir", folder.Combine("brevpapir.pdf"), "--skabelon", folder.Combine("skabelon.dotx"));

        Assert.NotEqual(ExitCodes.Success, run.ExitCode);
        Assert.Contains(letterhead, run.Error, StringComparison.Ordinal);
        Assert.Contains(template, run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.Combine("ud")) && Directory.EnumerateFiles(folder.Combine("ud")).Any());
    }
}
