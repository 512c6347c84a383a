using System.Xml.Linq;
using BedreBalance.Cli;
using Xunit;

namespace BedreBalance.Tests.Cli;

/// <summary>System.CommandLine's own errors (a missing argument or value, one argument too many, a value not among the choices) in Danish and English.</summary>
public class ParseErrorsTests
{
    private static CliOutcome Danish(params string[] args) => CliRunner.RunWith(name => name == "LANG" ? "da_DK.UTF-8" : null, args);

    [Fact]
    public void Every_kind_is_a_message_of_the_library_and_has_our_words_in_both_languages()
    {
        foreach (var file in new[] { "Messages.resx", "Messages.da.resx" })
        {
            var keys = XDocument.Load(RepositoryPaths.InRoot("src", "BedreBalance.Cli", "Resources", file)).Root!.Elements("data")
                .Select(d => (string)d.Attribute("name")!).ToHashSet(StringComparer.Ordinal);
            Assert.All(ParseErrors.Kinds, kind => Assert.Contains("Parse" + kind, keys));
        }
        // A kind renamed in a newer System.CommandLine fails here, not silently in English on a Danish screen.
        // Ours fill in the same values: as many placeholders as the library's text has.
        Assert.All(ParseErrors.Kinds, kind => Assert.Equal(Placeholders(ParseErrors.EnglishText(kind)), Placeholders(Text.Get("Parse" + kind))));
    }

    private static string Placeholders(string text) =>
        string.Join(",", System.Text.RegularExpressions.Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).Distinct().Order(StringComparer.Ordinal));

    [Theory]
    [InlineData(new[] { "new-followup", "data/spm-346" }, "'new-followup' mangler et eller flere argumenter; se 'bedrebalance new-followup --help'.", "'new-followup' needs more arguments than were given")]
    [InlineData(new[] { "new-followup", "data/spm-346", "data/ny" }, "Tilvalget '--status' skal angives.", "The option '--status' must be given.")]
    [InlineData(new[] { "generate", "--format", "html" }, "'html' er ikke en mulig værdi. Mulige værdier: 'pdf', 'docx', 'all'", "'html' is not a possible value. Possible values: 'pdf', 'docx', 'all'")]
    [InlineData(new[] { "generate", "data/spm-346", "data/andet" }, "'data/andet' er et argument for meget.", "'data/andet' is one argument too many.")]
    [InlineData(new[] { "generate", "--out" }, "Tilvalget '--out' skal efterfølges af en værdi.", "The option '--out' needs a value after it.")]
    [InlineData(new[] { "generate", "--format", "pdf", "--format", "docx" }, "Tilvalget '--format' tager én værdi, men der blev angivet 2.", "The option '--format' takes one value, but 2 were given.")]
    [InlineData(new[] { "validate", "@findes-ikke.rsp" }, "Svarfilen 'findes-ikke.rsp' findes ikke", "The response file 'findes-ikke.rsp' does not exist")]
    public void A_usage_error_from_the_parser_is_said_in_the_users_language(string[] args, string danish, string english)
    {
        var da = Danish(args);
        Assert.Equal(ExitCodes.UsageError, da.ExitCode);
        Assert.Contains(danish, da.Error, StringComparison.Ordinal);
        Assert.Contains("--help", da.Error, StringComparison.Ordinal);

        var en = CliRunner.Run(args);
        Assert.Equal(ExitCodes.UsageError, en.ExitCode);
        Assert.Contains(english, en.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_message_of_an_unknown_kind_is_passed_on_as_it_is()
    {
        Assert.Equal("Something System.CommandLine may say one day.", ParseErrors.Translate("Something System.CommandLine may say one day."));
    }
}
