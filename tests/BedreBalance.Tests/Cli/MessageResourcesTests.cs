using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using BedreBalance.Cli;
using Xunit;

namespace BedreBalance.Tests.Cli;

/// <summary>
/// Every message exists in English and in Danish, with the same placeholders, and every message the code asks for
/// exists: a sentence added in one language only, or a "{2}" lost in translation, fails here and not on a user's screen.
/// </summary>
public partial class MessageResourcesTests
{
    /// <summary>Each pair of neutral (English) and Danish resource files in src.</summary>
    public static TheoryData<string> ResourceFiles() => new(NeutralResourceFiles());

    private static List<string> NeutralResourceFiles()
    {
        var files = new List<string>();
        foreach (var file in Directory.GetFiles(RepositoryPaths.InRoot("src"), "*.resx", SearchOption.AllDirectories)
                     .Where(f => !f.EndsWith(".da.resx", StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            files.Add(Path.GetRelativePath(RepositoryPaths.InRoot(), file));
        }
        return files;
    }

    private static Dictionary<string, string> Read(string path) =>
        XDocument.Load(path).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!, StringComparer.Ordinal);

    [GeneratedRegex(@"\{(\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex Placeholder();

    private static string Placeholders(string text) =>
        string.Join(",", Placeholder().Matches(text).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Distinct().Order());

    [Fact]
    public void The_CLI_has_resource_files()
    {
        Assert.Contains(Path.Combine("src", "BedreBalance.Cli", "Resources", "Messages.resx"), NeutralResourceFiles());
    }

    [Theory]
    [MemberData(nameof(ResourceFiles))]
    public void Every_message_has_both_languages_with_the_same_placeholders(string neutralFile)
    {
        var english = Read(RepositoryPaths.InRoot(neutralFile));
        var danishFile = RepositoryPaths.InRoot(neutralFile[..^".resx".Length] + ".da.resx");
        Assert.True(File.Exists(danishFile), $"{neutralFile} has no Danish twin");
        var danish = Read(danishFile);

        Assert.Equal(english.Keys.Order(StringComparer.Ordinal), danish.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, text) in english)
        {
            Assert.False(string.IsNullOrWhiteSpace(text), $"{key} is empty in English");
            Assert.False(string.IsNullOrWhiteSpace(danish[key]), $"{key} is empty in Danish");
            Assert.True(Placeholders(text) == Placeholders(danish[key]), $"{key}: placeholders {{{Placeholders(text)}}} in English, {{{Placeholders(danish[key])}}} in Danish");
        }
    }

    [GeneratedRegex(@"Text\.(?:Get|Format)\((?:nameof\((\w+)\)|""(\w+)"")|Text\.Count\(""(\w+)""")]
    private static partial Regex MessageUse();

    [Fact]
    public void Every_message_the_CLI_asks_for_exists()
    {
        var keys = Read(RepositoryPaths.InRoot("src", "BedreBalance.Cli", "Resources", "Messages.resx")).Keys.ToHashSet(StringComparer.Ordinal);
        var used = new List<string>();
        foreach (var file in Directory.GetFiles(RepositoryPaths.InRoot("src", "BedreBalance.Cli"), "*.cs", SearchOption.TopDirectoryOnly))
        {
            foreach (Match use in MessageUse().Matches(File.ReadAllText(file)))
            {
                if (use.Groups[3].Success) used.AddRange([use.Groups[3].Value + "One", use.Groups[3].Value + "Many"]);
                else used.Add(use.Groups[1].Success ? use.Groups[1].Value : use.Groups[2].Value);
            }
        }
        Assert.True(used.Count > 50, $"only {used.Count} uses found: is the pattern still right?");
        Assert.Empty(used.Where(key => !keys.Contains(key)).Distinct());
    }

    [GeneratedRegex(@"FollowUpText\.(?:Get|Format)\(""(\w+)""|(?:FollowUpText\.Count|AddCount)\((?:parts, [^,]+, )?""(\w+)""")]
    private static partial Regex FollowUpTextUse();

    [Fact]
    public void Every_report_text_the_compare_report_asks_for_exists()
    {
        var keys = Read(RepositoryPaths.InRoot("src", "BedreBalance.Letter", "Resources", "FollowUp.resx")).Keys.ToHashSet(StringComparer.Ordinal);
        var used = new List<string>();
        foreach (var file in Directory.GetFiles(RepositoryPaths.InRoot("src", "BedreBalance.Letter", "FollowUp"), "*.cs"))
        {
            foreach (Match use in FollowUpTextUse().Matches(File.ReadAllText(file)))
            {
                if (use.Groups[2].Success) used.AddRange([use.Groups[2].Value + "One", use.Groups[2].Value + "Many"]);
                else used.Add(use.Groups[1].Value);
            }
        }
        Assert.True(used.Count > 30, $"only {used.Count} uses found: is the pattern still right?");
        Assert.Empty(used.Where(key => !keys.Contains(key)).Distinct());
    }

    [Fact]
    public void The_Danish_messages_are_found_at_run_time()
    {
        // The satellite assembly da/bedrebalance.resources.dll is built and found, also with invariant globalization.
        var culture = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = Language.Danish;
            Assert.Equal("Brug:", Text.Get("HelpUsageHeading"));
            Assert.Equal("3 advarsler", Text.Count("Warnings", 3));
            CultureInfo.CurrentUICulture = Language.English;
            Assert.Equal("Usage:", Text.Get("HelpUsageHeading"));
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }
}
