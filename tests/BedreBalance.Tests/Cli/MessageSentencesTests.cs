using BedreBalance.Cli;
using Xunit;

namespace BedreBalance.Tests.Cli;

/// <summary>
/// Messages that carry someone else's words (the operating system's reason, System.CommandLine's list of values)
/// still read as whole sentences, one a line, in both languages.
/// </summary>
public class MessageSentencesTests
{
    [Theory]
    [InlineData("en", "Cannot write to standard output: No space left on device. Use --out FILE to write the report to a file.")]
    [InlineData("da", "Kan ikke skrive til standardoutput: No space left on device. Brug --out FIL for at skrive rapporten til en fil.")]
    public void Compare_to_a_full_standard_output_says_two_sentences(string language, string expected)
    {
        using var output = new StreamWriter(new FullStream()) { AutoFlush = true };
        using var error = new StringWriter();
        var exit = CliApp.Run(["compare", RepositoryPaths.Spm346Dataset, RepositoryPaths.Spm346Dataset, "--sprog", language], output, error,
            _ => null, CancellationToken.None);

        Assert.Equal(ExitCodes.OutputFailed, exit);
        Assert.Equal([expected], error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Theory]
    [InlineData("en", "'html' is not a possible value; use 'pdf', 'docx' or 'all'.")]
    [InlineData("da", "'html' er ikke en mulig værdi; brug 'pdf', 'docx' eller 'all'.")]
    public void A_value_not_among_the_choices_is_one_sentence_listing_them(string language, string expected)
    {
        var run = CliRunner.Run("generate", "--format", "html", "--sprog", language);

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(expected, lines[0].TrimEnd('\r'));
        Assert.DoesNotContain('\t', run.Error);
        Assert.All(lines, line => Assert.True(line.TrimEnd('\r')[^1] is '.', $"not a sentence: {line}"));
    }

    [Theory]
    [InlineData("No space left on device", "No space left on device.")]
    [InlineData("Access to the path '/x' is denied.", "Access to the path '/x' is denied.")]
    [InlineData("Broken pipe ", "Broken pipe.")]
    public void The_systems_reason_ends_as_a_sentence(string reason, string expected) =>
        Assert.Equal(expected, Messages.AsSentence(reason));

}
