using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using BedreBalance.Dataset;
using BedreBalance.Domain;
using Xunit;

namespace BedreBalance.Tests.Cli;

/// <summary>
/// Every sentence a user reads comes from a .resx file: the dataset's diagnostics ask DatasetMessages.resx for keys
/// that exist, and no source file that makes diagnostics or messages holds an English sentence of its own. A sentence
/// written straight into the code would reach a Danish screen in English; it fails here instead.
/// </summary>
public partial class UserFacingTextTests
{
    /// <summary>
    /// Files whose diagnostics are still English sentences in the code, to be moved into DatasetMessages.resx (issue
    /// 13). The list only shrinks: a file on it that no longer holds a sentence fails the test, so it must be removed.
    /// </summary>
    private static readonly string[] NotYetMoved =
    [
        "src/BedreBalance.Dataset/FrontMatterReader.cs",
        "src/BedreBalance.Dataset/LetterBodyReader.cs",
        "src/BedreBalance.Dataset/NoteChecks.cs",
    ];

    /// <summary>The projects whose text reaches the user: the command line and the dataset's readers and checks.</summary>
    private static readonly string[] Scanned = ["src/BedreBalance.Cli", "src/BedreBalance.Dataset"];

    /// <summary>Three words in a row: a sentence, not a key, a name or a format.</summary>
    [GeneratedRegex(@"[A-Za-z]{2,}[,;:]? [A-Za-z]{2,}[,;:]? [A-Za-z]{2,}")]
    private static partial Regex ThreeWords();

    /// <summary>The string literals of a line of C# (plain, interpolated or verbatim), with their quotes.</summary>
    private static IEnumerable<string> Literals(string line)
    {
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '\'' ) // a char literal such as '"' or '\\'
            {
                var end = line.IndexOf('\'', i + (i + 1 < line.Length && line[i + 1] == '\\' ? 3 : 2));
                i = end < 0 ? line.Length : end;
                continue;
            }
            if (line[i] != '"') continue;
            var verbatim = i > 0 && line[i - 1] == '@' || i > 1 && line[i - 2] == '@';
            var start = i;
            for (i++; i < line.Length; i++)
            {
                if (!verbatim && line[i] == '\\') i++;
                else if (line[i] == '"' && verbatim && i + 1 < line.Length && line[i + 1] == '"') i++;
                else if (line[i] == '"') break;
            }
            yield return line[start..Math.Min(i + 1, line.Length)];
        }
    }

    /// <summary>A literal holding a sentence.</summary>
    private static IEnumerable<string> Sentences(string line) => Literals(line).Where(literal => ThreeWords().IsMatch(literal));

    /// <summary>Lines that hold no user-facing text: comments, a bug's exception, a resource lookup's own failure.</summary>
    private static bool Exempt(string line)
    {
        var code = line.TrimStart();
        return code.StartsWith("//", StringComparison.Ordinal)
            || code.StartsWith("///", StringComparison.Ordinal)
            || code.StartsWith('*')
            || code.Contains("Exception(", StringComparison.Ordinal)
            || code.Contains("[GeneratedRegex", StringComparison.Ordinal);
    }

    private static Dictionary<string, List<string>> SentencesInCode()
    {
        var found = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var project in Scanned)
        {
            foreach (var file in Directory.GetFiles(RepositoryPaths.InRoot(project), "*.cs", SearchOption.AllDirectories)
                         .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                                     && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
            {
                var relative = Path.GetRelativePath(RepositoryPaths.InRoot(), file).Replace(Path.DirectorySeparatorChar, '/');
                var sentences = File.ReadLines(file).Where(line => !Exempt(line)).SelectMany(Sentences).ToList();
                if (sentences.Count > 0) found[relative] = sentences;
            }
        }
        return found;
    }

    [Fact]
    public void No_file_outside_the_list_makes_a_sentence_in_code()
    {
        var found = SentencesInCode();
        var offenders = found.Where(entry => !NotYetMoved.Contains(entry.Key)).Select(entry => $"{entry.Key}: {entry.Value[0]}").ToList();
        Assert.True(offenders.Count == 0, "English sentences in code; move them into a .resx file:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void Every_file_on_the_list_still_needs_to_be_there()
    {
        var found = SentencesInCode();
        var moved = NotYetMoved.Where(file => !found.ContainsKey(file)).ToList();
        Assert.True(moved.Count == 0, "No English sentence left; take off the list: " + string.Join(", ", moved));
    }

    [Fact]
    public void The_scan_sees_a_sentence()
    {
        // The pattern is what the other tests rely on: a sentence in code must be found, a key or a path must not.
        Assert.Equal(["\"The table has no rows.\""], Sentences("error(\"The table has no rows.\")"));
        Assert.Equal(["\"{row.Region} is not one of the regions\""], Sentences("x = $\"{row.Region} is not one of the regions\";"));
        Assert.Empty(Sentences("DatasetText.Format(\"NotAMunicipality\", name)"));
        Assert.Empty(Sentences("DatasetText.Format(\"Columns\", name, expectedColumns, string.Join(\", \", columns))"));
        Assert.Empty(Sentences("var c = '\"'; var d = \"data/spm-346\";"));
    }

    [GeneratedRegex(@"DatasetText\.(?:Get|Format)\((?:nameof\((\w+)\)|""(\w+)"")|DatasetText\.Count\(""(\w+)""")]
    private static partial Regex DatasetTextUse();

    [Fact]
    public void Every_message_the_dataset_checks_ask_for_exists()
    {
        var keys = XDocument.Load(RepositoryPaths.InRoot("src", "BedreBalance.Dataset", "Resources", "DatasetMessages.resx")).Root!.Elements("data")
            .Select(d => (string)d.Attribute("name")!).ToHashSet(StringComparer.Ordinal);
        var used = new List<string>();
        foreach (var file in Directory.GetFiles(RepositoryPaths.InRoot("src", "BedreBalance.Dataset"), "*.cs", SearchOption.AllDirectories))
        {
            foreach (Match use in DatasetTextUse().Matches(File.ReadAllText(file)))
            {
                if (use.Groups[3].Success) used.AddRange([use.Groups[3].Value + "One", use.Groups[3].Value + "Many"]);
                else used.Add(use.Groups[1].Success ? use.Groups[1].Value : use.Groups[2].Value);
            }
        }
        Assert.True(used.Count > 20, $"only {used.Count} uses found: is the pattern still right?");
        Assert.Empty(used.Where(key => !keys.Contains(key)).Distinct());
    }

    [Fact]
    public void A_diagnostic_is_said_in_the_language_of_the_run()
    {
        var culture = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("da");
            Assert.Equal("Kommunen \"Guldborgsun Kommune\" findes ikke i registret.", DatasetText.Format("NotAMunicipality", "Guldborgsun Kommune"));
            Assert.Equal("række 12", DatasetText.LineOrRow(SourceLocation.InSheet("tabeller.xlsx", "Tabel 1", 12)));
            CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
            Assert.Equal("\"Guldborgsun Kommune\" is not a Danish municipality.", DatasetText.Format("NotAMunicipality", "Guldborgsun Kommune"));
            Assert.Equal("line 12", DatasetText.LineOrRow(new SourceLocation("tabel1.csv", 12)));
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }
}
