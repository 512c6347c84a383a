using System.Diagnostics;
using BedreBalance.Cli;
using BedreBalance.Tests.Validation;
using Xunit;

namespace BedreBalance.Tests.Hostile;

/// <summary>A broken copy of the shipped dataset, with room beside it for outputs, pipes and links.</summary>
public sealed class Workspace : IDisposable
{
    public BrokenDataset Data { get; } = BrokenDataset.Copy();

    public string Dataset => Data.Directory;

    public string Beside(string name) => Path.GetFullPath(Path.Combine(Data.Directory, "..", name));

    /// <summary>A second dataset beside the first, for compare.</summary>
    public string SecondDataset()
    {
        var second = Beside("second");
        Directory.CreateDirectory(second);
        foreach (var file in Directory.GetFiles(Dataset))
        {
            File.Copy(file, Path.Combine(second, Path.GetFileName(file)));
        }
        return second;
    }

    public Workspace Replace(string file, string oldText, string newText)
    {
        Data.Replace(file, oldText, newText);
        return this;
    }

    public Workspace Write(string file, string text)
    {
        Data.Write(file, text);
        return this;
    }

    /// <summary>Puts <paramref name="file"/> out of the way and lets <paramref name="make"/> put something else there.</summary>
    public Workspace InPlaceOf(string file, Action<string> make)
    {
        Data.Delete(file);
        make(Data.PathOf(file));
        return this;
    }

    /// <summary>Table 1 with <paramref name="rows"/> extra rows made by <paramref name="row"/> before the total.</summary>
    public Workspace WithTable1Rows(int rows, Func<int, string> row)
    {
        var lines = Data.Text("tabel1.csv").TrimEnd('\n').Split('\n').ToList();
        lines.InsertRange(lines.Count - 1, Enumerable.Range(0, rows).Select(row));
        return Write("tabel1.csv", string.Join('\n', lines) + "\n");
    }

    /// <summary>Inserts text as the first paragraph of the letter's body (after the front matter).</summary>
    public Workspace WithBodyParagraph(string paragraph)
    {
        var text = Data.Text("brev.md");
        var bodyStart = text.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5;
        return Write("brev.md", text[..bodyStart] + "\n" + paragraph + "\n\n" + text[bodyStart..]);
    }

    public void Dispose() => Data.Dispose();
}

/// <summary>
/// One hostile input (issue 12): what is done to the dataset or the command line, the exit code the program must
/// give, and words its answer must contain.
/// </summary>
public sealed record HostileCase(string Name, Func<Workspace, string[]> Arrange, int Exit, params string[] Says)
{
    public bool NeedsLinux { get; init; }

    /// <summary>Standard output fails on every write (a closed pipe, a full disk).</summary>
    public bool BrokenStdout { get; init; }

    /// <summary>Takes long (tens of seconds); run when BEDREBALANCE_SLOW_TESTS=1.</summary>
    public bool Slow { get; init; }

    /// <summary>What else must be true afterwards (e.g. of a written report).</summary>
    public Action<Workspace>? Then { get; init; }

    public override string ToString() => Name;
}

/// <summary>
/// The hostile-input corpus: every case issue 12 lists, and each defect found since, by name. Every case must end
/// with its exit code and a sentence, never exit 70 (a fault of the program) nor a crash, in bounded output.
/// </summary>
public class HostileInputCorpus
{
    private const string Letter = "brev.md";

    public static IReadOnlyList<HostileCase> Cases { get; } =
    [
        // Arguments
        new("usage: generate --out \"\"", w => ["generate", w.Dataset, "--out", ""], ExitCodes.UsageError, "The output folder is empty"),
        new("usage: compare \"\" X", w => ["compare", "", w.Dataset], ExitCodes.UsageError, "The old dataset folder is empty"),
        new("usage: compare X \"\"", w => ["compare", w.Dataset, ""], ExitCodes.UsageError, "The new dataset folder is empty"),
        new("usage: compare --out \"\"", w => ["compare", w.Dataset, w.Dataset, "--out", ""], ExitCodes.UsageError, "The report file is empty"),
        new("usage: new-followup A \"\"", w => ["new-followup", w.Dataset, "", "--status", "maj 2019"], ExitCodes.UsageError, "The new dataset folder is empty"),
        new("usage: new-followup \"\" B", w => ["new-followup", " ", w.Beside("to"), "--status", "maj 2019"], ExitCodes.UsageError, "The dataset folder to start from is empty"),
        new("usage: validate \"\"", w => ["validate", ""], ExitCodes.UsageError, "The dataset folder is empty"),
        new("usage: --status with Arabic-Indic digits", w => ["new-followup", w.Dataset, w.Beside("to"), "--status", "maj ٢٠١٩"], ExitCodes.UsageError, "is not a follow-up month"),
        new("usage: --status with full-width digits", w => ["new-followup", w.Dataset, w.Beside("to"), "--status", "maj ２０１９"], ExitCodes.UsageError, "is not a follow-up month"),
        new("usage: generate --bogus", w => ["generate", "--bogus"], ExitCodes.UsageError, "Unknown option '--bogus'"),
        new("usage: validate --bogus", w => ["validate", "--bogus"], ExitCodes.UsageError, "Unknown option '--bogus'"),
        new("usage: generate DATASET --bogus", w => ["generate", w.Dataset, "--bogus"], ExitCodes.UsageError, "--bogus"),
        new("usage: generate --out --bogus", w => ["generate", w.Dataset, "--out", "--bogus"], ExitCodes.UsageError, "Unknown option '--bogus'"),

        // Standard output
        new("stdout: full or closed after generate wrote its files", w => ["generate", w.Dataset, "--out", w.Beside("out")], ExitCodes.Success)
        {
            BrokenStdout = true,
            Then = w => Assert.True(File.Exists(Path.Combine(w.Beside("out"), "spm-346.pdf"))),
        },
        new("stdout: full or closed when it is compare's report", w => ["compare", w.Dataset, w.Dataset], ExitCodes.OutputFailed, "Cannot write to standard output")
        {
            BrokenStdout = true,
        },

        // File types and sizes
        new("file: a table file that is a named pipe", w => W(w.InPlaceOf("tabel3.csv", MakeFifo)), ExitCodes.InvalidData, "tabel3.csv: error:", "is a named pipe (FIFO), not a file")
        {
            NeedsLinux = true,
        },
        new("file: a table file that is a folder", w => W(w.InPlaceOf("tabel3.csv", path => Directory.CreateDirectory(path))), ExitCodes.InvalidData, "tabel3.csv: error:", "is a folder, not a file"),
        new("file: a table file that links to /dev/zero", w => W(w.InPlaceOf("tabel2.csv", path => File.CreateSymbolicLink(path, "/dev/zero"))), ExitCodes.InvalidData, "tabel2.csv: error:", "is a device")
        {
            NeedsLinux = true,
        },
        new("file: brev.md links to /dev/null", w => W(w.InPlaceOf(Letter, path => File.CreateSymbolicLink(path, "/dev/null"))), ExitCodes.InvalidData, "brev.md: error:", "is a device")
        {
            NeedsLinux = true,
        },
        new("file: a table file beyond 32 MB", w => W(w.InPlaceOf("tabel2.csv", path => File.WriteAllBytes(path, new byte[33 * 1024 * 1024]))), ExitCodes.InvalidData, "tabel2.csv: error: The file is larger than 32 MB"),
        new("file: brev.md beyond 1 MB", w => W(w.WithBodyParagraph(new string('x', 10_000) + string.Concat(Enumerable.Repeat("\n" + new string('x', 10_000), 110)))), ExitCodes.InvalidData, "brev.md: error: The file is larger than 1 MB"),
        new("line: a 10 MB municipality name", w => W(w.WithTable1Rows(1, _ => "Region Sjælland;" + new string('x', 10_000_000) + ";5;")), ExitCodes.InvalidData, "tabel1.csv:31: error: The line is 10.000.019 characters long"),
        new("field: a 1.500-character institution name", w => W(w.Replace("tabel2.csv", "Arbejdsskadestyrelsen til ATP", new string('A', 1_500))), ExitCodes.InvalidData, "tabel2.csv:2: error: Column 1 holds 1.500 characters"),
        new("rows: more than 100.000 rows", w => W(w.WithTable1Rows(100_001, i => "Region Sjælland;Slagelse Kommune;1;")), ExitCodes.InvalidData, "error: The table has more than 100.000 rows"),

        // Floods
        new("flood: thousands of identical errors are grouped", w => W(w.WithTable1Rows(5_000, _ => "Region Sjælland;Xby Kommune;5;")), ExitCodes.InvalidData, "\"Xby Kommune\" is not a Danish municipality", "(also on lines 32, 33, 34, 35, 36 and 4.994 more)"),
        new("flood: thousands of different errors of one check are capped", w => W(w.WithTable1Rows(5_000, i => $"Region Sjælland;By{i} Kommune;5;")), ExitCodes.InvalidData, "tabel1.csv: error: Kommune: … and 4.980 more like this."),

        // Control characters
        new("control: U+0001 in a municipality name", w => W(w.Replace("tabel1.csv", "Aarhus Kommune", "Aarhus\u0001Kommune")), ExitCodes.InvalidData, "tabel1.csv:26: error: Column 26 holds the control character U+0001"),
        new("control: U+0000 in an institution name", w => W(w.Replace("tabel2.csv", "Arbejdsskadestyrelsen til ATP", "Arbejdsskadestyrelsen\0til ATP")), ExitCodes.InvalidData, "tabel2.csv:2: error: Column 22 holds the control character U+0000 (NUL)"),
        new("control: U+FFFE in a paragraph", w => W(w.WithBodyParagraph("En sætning\uFFFE her.")), ExitCodes.InvalidData, "brev.md:", "holds the control character U+FFFE (a non-character)"),
        new("control: U+001B in the minister's name", w => W(w.Replace(Letter, "minister: Sophie Løhde", "minister: Sophie\u001bLøhde")), ExitCodes.InvalidData, "brev.md:6: error: Column 17 holds the control character U+001B (escape)"),
        new("control: form feeds on thousands of lines are capped", w => W(w.WithTable1Rows(3_000, _ => "Region Sjælland;Slagelse\fKommune;1;")), ExitCodes.InvalidData, "and 2.980 more lines like this (control characters)"),

        // Nesting
        new("nesting: [[[…]]] 5.000 deep in the front matter", w => W(w.Replace(Letter, "sprog: da-DK", "sprog: da-DK\nx: " + new string('[', 5_000) + new string(']', 5_000))), ExitCodes.InvalidData, "brev.md:10: error: The facts at the top nest [ and { deeper than 16 levels"),
        new("nesting: {{{…}}} in a fact's value", w => W(w.Replace(Letter, "sprog: da-DK", "sprog: " + new string('{', 20) + new string('}', 20))), ExitCodes.InvalidData, "brev.md:9: error: The facts at the top nest [ and { deeper than 16 levels"),
        new("nesting: - - - … items in the front matter", w => W(w.Replace(Letter, "sprog: da-DK", "sprog: da-DK\nx:\n  " + string.Concat(Enumerable.Repeat("- ", 5_000)) + "x")), ExitCodes.InvalidData, "brev.md:11: error: The facts at the top nest \"- \" items deeper than 16 levels"),
        new("nesting: front matter indented by 10.000 spaces", w => W(w.Replace(Letter, "sprog: da-DK", "sprog: da-DK\nx:\n" + new string(' ', 10_000) + "y: 1")), ExitCodes.InvalidData, "brev.md:11: error: The line is indented by 10.000 spaces"),
        new("nesting: tens of thousands of nested emphasis markers", w => W(w.WithBodyParagraph(
            string.Join("\n", Enumerable.Repeat(string.Concat(Enumerable.Repeat("*a ", 3_000)), 10)) + "x" + string.Join("\n", Enumerable.Repeat(string.Concat(Enumerable.Repeat(" a*", 3_000)), 10)))), ExitCodes.InvalidData, "brev.md:25: error: The paragraph has 60.000 emphasis markers"),
        new("nesting: 200 nested links", w => W(w.WithBodyParagraph(string.Concat(Enumerable.Repeat("[a", 200)) + string.Concat(Enumerable.Repeat("](x)", 200)))), ExitCodes.InvalidData, "brev.md:25: error: The letter cannot hold a link"),
        // Markdig took some 3 s of CPU (15 s on a busy machine) over these before its own stop at 128 levels; now refused at the first item indented too far.
        new("nesting: 1.000 list items nested by indentation", w => W(w.WithBodyParagraph(string.Join("\n", Enumerable.Range(0, 1_000).Select(i => new string(' ', 2 * i) + "- x")))), ExitCodes.InvalidData, "brev.md:58: error: The letter's text nests its markup too deeply"),
        new("nesting: 1.000 list items nested by tabs", w => W(w.WithBodyParagraph(string.Join("\n", Enumerable.Range(0, 1_000).Select(i => new string('\t', i) + "- x")))), ExitCodes.InvalidData, "brev.md:42: error: The letter's text nests its markup too deeply"),
        new("nesting: 1.000 nested quotation marks", w => W(w.WithBodyParagraph(string.Concat(Enumerable.Repeat("> ", 1_000)) + "x")), ExitCodes.InvalidData, "brev.md:25: error: The letter's text nests its markup too deeply"),

        // Front matter values
        new("control: an escaped U+0001 in the minister's name", w => W(w.Replace(Letter, "minister: Sophie Løhde", "minister: \"Sophie\\x01Løhde\"")), ExitCodes.InvalidData, "brev.md:6: error: The value holds the control character U+0001"),
        new("control: an escaped lone surrogate in the subject", w => W(w.Replace(Letter, "sprog: da-DK", "sprog: \"da\\ud800DK\"")), ExitCodes.InvalidData, "brev.md:9: error: The facts at the top cannot be read: While scanning a quoted scalar, found invalid Unicode surrogates."),
        new("front matter: a fact given twice", w => W(w.Replace(Letter, "sprog: da-DK", "sprog: da-DK\nsprog: en-GB")), ExitCodes.InvalidData, "brev.md:10: error: The facts at the top cannot be read: \"sprog\" is given twice; give each fact once."),
        new("front matter: a minister's name over two lines", w => W(w.Replace(Letter, "minister: Sophie Løhde", "minister: |\n  Sophie\n  Løhde")), ExitCodes.InvalidData, "brev.md:6: error: minister: \"minister\" holds a line break"),

        // status: as new-followup checks --status
        new("status: \"May 2019\" in brev.md", w => W(w.Replace(Letter, "status: november 2018", "status: May 2019")), ExitCodes.InvalidData, "brev.md:5: error: status: \"May\" is not a Danish month name", "Did you mean \"maj\"?"),
        new("status: \"november 18\" in brev.md", w => W(w.Replace(Letter, "status: november 2018", "status: november 18")), ExitCodes.InvalidData, "brev.md:5: error: status: \"november 18\" is not a follow-up month"),
        new("status: a line break in brev.md's status", w => W(w.Replace(Letter, "status: november 2018", "status: \"november\\n2018\"")), ExitCodes.InvalidData, "brev.md:5: error: status: \"status\" holds a line break"),
        new("status: Arabic-Indic digits in brev.md's status", w => ["validate", w.Replace(Letter, "status: november 2018", "status: november ٢٠١٨").Dataset], ExitCodes.InvalidData, "brev.md:5: error: status: \"november ٢٠١٨\" is not a follow-up month"),

        // Markdown the letter cannot print
        new("markdown: raw HTML", w => W(w.WithBodyParagraph("Se <b>dette</b>.")), ExitCodes.InvalidData, "brev.md:25: error: The letter cannot hold raw HTML (<…>); write plain text."),
        new("markdown: an HTML block", w => W(w.WithBodyParagraph("<div>\nx\n</div>")), ExitCodes.InvalidData, "brev.md:25: error: The letter cannot hold raw HTML at the top level."),
        new("markdown: a link", w => W(w.WithBodyParagraph("Se [her](https://x.invalid).")), ExitCodes.InvalidData, "brev.md:25: error: The letter cannot hold a link"),
        new("markdown: an autolink", w => W(w.WithBodyParagraph("Se <https://x.invalid>.")), ExitCodes.InvalidData, "brev.md:25: error: The letter cannot hold a link"),
        new("markdown: an image", w => W(w.WithBodyParagraph("![logo](logo.png)")), ExitCodes.InvalidData, "brev.md:25: error: The letter cannot hold an image"),
        new("markdown: inline code", w => W(w.WithBodyParagraph("Kør `rm -rf`.")), ExitCodes.InvalidData, "brev.md:25: error: The letter cannot hold code (`…`)"),
        new("markdown: a fenced code block", w => W(w.WithBodyParagraph("```\nkode\n```")), ExitCodes.InvalidData, "brev.md:25: error: The letter cannot hold a code block (```) at the top level."),
        new("markdown: an indented code block", w => W(w.WithBodyParagraph("    indrykket")), ExitCodes.InvalidData, "brev.md:25: error: The letter cannot hold a code block (a line indented by four spaces or more)"),
        new("markdown: a bulleted list", w => W(w.WithBodyParagraph("- første\n- anden")), ExitCodes.InvalidData, "brev.md:25: error: The letter cannot hold a bulleted list"),
        new("markdown: a quotation", w => W(w.WithBodyParagraph("> citat")), ExitCodes.InvalidData, "brev.md:25: error: The letter cannot hold a quotation"),
        new("markdown: an entity such as &amp;", w => W(w.WithBodyParagraph("Forsvaret &amp; Hjemmeværnet.")), ExitCodes.InvalidData, "brev.md:25: error: The letter cannot hold an HTML entity such as &amp;"),
        new("markdown: a numbered line is still text", w => W(w.WithBodyParagraph("1. januar 2019 blev det besluttet.")), ExitCodes.Success),

        // Sums
        new("sum: rows adding up beyond 32 bits", w => W(w.WithTable1Rows(25_000, _ => "Region Hovedstaden;Bornholms Kommune;100000;")), ExitCodes.InvalidData, "add up to more than 1.000.000.000 by this row"),
        new("sum: a printed total beyond 32 bits", w => W(w.Replace("tabel1.csv", "I alt;2872", "I alt;99999999999")), ExitCodes.InvalidData, "tabel1.csv:31: error: Arbejdspladser: 99999999999 is not plausible as the total of jobs"),

        // Reports
        // Each start that makes Excel read a cell as a formula (OWASP's CSV injection list).
        FormulaInReport("=", "=HYPERLINK(\"http://x.invalid\";\"klik\")"),
        FormulaInReport("+", "+SUM(1+1)*cmd|' /C calc'!A0"),
        FormulaInReport("-", "-2+3+cmd|' /C calc'!A0"),
        FormulaInReport("@", "@SUM(1+1)*cmd|' /C calc'!A0"),
        new("report: Markdown in a name is printed, not interpreted", w =>
        {
            var second = w.SecondDataset();
            File.WriteAllText(Path.Combine(second, "tabel2.csv"), File.ReadAllText(Path.Combine(second, "tabel2.csv")).Replace("Arbejdsskadestyrelsen til ATP", "\"<img src=x onerror=alert(1)> [klik](http://x.invalid) **fed** &amp;\"", StringComparison.Ordinal));
            return ["compare", w.Dataset, second, "--out", w.Beside("report.md")];
        }, ExitCodes.Success)
        {
            Then = w => Assert.Contains(@"\<img src=x onerror=alert(1)> \[klik\](http://x.invalid) \*\*fed\*\* \&amp;", File.ReadAllText(w.Beside("report.md")), StringComparison.Ordinal),
        },

        // Layout
        new("layout: a letter beyond the 10.000-page stop", w => W(w.WithBodyParagraph(string.Join("\n\n", Enumerable.Repeat("x", 330_000)))), ExitCodes.InvalidData, "The letter would be longer than 10.000 pages")
        {
            Slow = true,
        },
    ];

    /// <summary>
    /// compare --out report.csv with an institution named <paramref name="name"/> in the new dataset: the report's cell
    /// must start with an apostrophe, so that Excel shows the text instead of running it.
    /// </summary>
    private static HostileCase FormulaInReport(string start, string name) =>
        new($"report: a CSV cell starting with {start} is not a formula", w =>
        {
            var second = w.SecondDataset();
            var table2 = Path.Combine(second, "tabel2.csv");
            var quoted = "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
            File.WriteAllText(table2, File.ReadAllText(table2).Replace("Arbejdsskadestyrelsen til ATP", quoted, StringComparison.Ordinal));
            return ["compare", w.Dataset, second, "--out", w.Beside("report.csv")];
        }, ExitCodes.Success)
        {
            Then = w =>
            {
                var cells = File.ReadAllLines(w.Beside("report.csv")).SelectMany(line => line.Split(';')).Select(cell => cell.Trim('"')).ToList();
                Assert.Contains(cells, cell => cell.StartsWith("'" + name[..5], StringComparison.Ordinal));
                Assert.DoesNotContain(cells, cell => cell.StartsWith(name[..5], StringComparison.Ordinal));
            },
        };

    public static TheoryData<string> Names() => new(Cases.Select(c => c.Name));

    private static string[] W(Workspace w) => ["generate", w.Dataset, "--out", w.Beside("out")];

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Is_answered_with_an_exit_code_and_a_sentence(string name)
    {
        var hostile = Cases.Single(c => c.Name == name);
        Assert.SkipWhen(hostile.NeedsLinux && !OperatingSystem.IsLinux(), "named pipes and /dev exist on Linux");
        Assert.SkipUnless(!hostile.Slow || Environment.GetEnvironmentVariable("BEDREBALANCE_SLOW_TESTS") == "1", "slow; set BEDREBALANCE_SLOW_TESTS=1");
        using var workspace = new Workspace();
        var args = hostile.Arrange(workspace);

        using var error = new StringWriter();
        using var output = hostile.BrokenStdout ? new StreamWriter(new FullStream()) { AutoFlush = true } : (TextWriter)new StringWriter();
        var exit = CliApp.Run(args, output, error);
        var said = (output as StringWriter)?.ToString() + error;

        Assert.True(exit == hostile.Exit, $"{name}: exit {exit}, expected {hostile.Exit}:\n{Shorten(said)}");
        foreach (var words in hostile.Says)
        {
            Assert.True(said.Contains(words, StringComparison.Ordinal), $"{name}: expected \"{words}\" in:\n{Shorten(said)}");
        }
        MessageShape.AssertSentences(error.ToString());
        hostile.Then?.Invoke(workspace);
    }

    private static string Shorten(string text) => text.Length <= 4_000 ? text : text[..4_000] + "…";

}

/// <summary>What every answer of the program looks like, whatever the input: sentences, not traces or floods.</summary>
public static class MessageShape
{
    /// <summary>No more lines than a screenful or two, whatever the size of the input.</summary>
    public const int MaximumLines = 200;

    public static void AssertSentences(string errorText)
    {
        Assert.DoesNotContain("   at ", errorText, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", errorText, StringComparison.Ordinal);
        Assert.DoesNotContain("Internal error", errorText, StringComparison.Ordinal);
        var lines = errorText.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.True(lines.Length <= MaximumLines, $"{lines.Length} lines of messages");
        foreach (var line in lines)
        {
            Assert.True(line.Length <= 2_000, $"a message of {line.Length} characters: {line[..Math.Min(200, line.Length)]}…");
            Assert.True(line[^1] is '.' or '?' or ')' or '"', $"not a sentence: {line}");
            Assert.DoesNotContain(line, c => c < ' ' && c != '\t');
        }
    }
}
