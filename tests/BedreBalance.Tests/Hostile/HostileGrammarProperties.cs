using BedreBalance.Cli;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace BedreBalance.Tests.Hostile;

/// <summary>
/// Edits aimed at the dataset's grammar the way issue 12's hostile user did: nesting (brackets, emphasis, quotes,
/// list items), control characters, huge values and repeated lines, truncation and swapped delimiters, and the
/// Markdown and front-matter constructs the format refuses.
/// </summary>
public static class HostileMutations
{
    private static readonly string[] Fragments =
    [
        // The format's own syntax
        ";", ",", "\n", "\r\n", "\"", "\t", "{{", "}}", "|", "---", ":::", "::: tabel1\n", "# ", "I alt", "{{tabel1.i-alt}}", "tal:\n  x: 1\n",
        // Nesting
        new string('[', 3_000), new string('{', 500), "[[[[[[[[[[[[[[[[[[[[x]]]]]]]]]]]]]]]]]]]]", new string('*', 5_000),
        string.Concat(Enumerable.Repeat("*a ", 20_000)) + string.Concat(Enumerable.Repeat(" a*", 20_000)), new string('_', 300),
        string.Concat(Enumerable.Repeat("> ", 500)), string.Concat(Enumerable.Repeat("- ", 500)), "\n" + string.Concat(Enumerable.Range(0, 200).Select(i => new string(' ', i) + "- x\n")),
        "\n" + string.Concat(Enumerable.Range(0, 300).Select(i => new string(' ', 2 * i) + "- x\n")), "\n" + string.Concat(Enumerable.Range(0, 100).Select(i => new string('\t', i) + "- x\n")),
        // Control characters and what is no character
        "\0", "\u0001", "\u0007", "\u000b", "\u000c", "\u001b", "\u001f", "\u007f", "\uFFFE", "\uFFFF", "\ud800", "\udc00", "\"\\x01\"", "\"\\u0000\"", "\"\\ud800\"",
        // Huge values
        "99999999999999999999", "1111111111", "100000", "-2147483648", new string('x', 5_000), new string('æ', 30_000), new string('9', 1_200),
        string.Concat(Enumerable.Repeat("Region Hovedstaden;Bornholms Kommune;100000;\n", 200)),
        // Markdown the letter refuses
        "<b>x</b>", "<!-- c -->", "[a](http://x.invalid)", "![a](b.png)", "`kode`", "```\nkode\n```\n", "&amp;", "&#65;", "\n- punkt\n", "\n    indrykket\n", "<http://x.invalid>",
        // status: as new-followup would refuse it
        "status: May 2019\n", "status: november 18\n", "status: \"maj\\n2019\"\n", "status: maj ٢٠١٩\n",
    ];

    /// <summary>Edits that a hostile user, or a careless tool, makes: floods, truncation and delimiters, not just characters.</summary>
    private static readonly EditKind[] Kinds =
        [EditKind.Insert, EditKind.Replace, EditKind.DeleteLine, EditKind.RepeatLine, EditKind.SwapDelimiters, EditKind.Truncate, EditKind.CorruptByte];

    public static Arbitrary<DatasetMutation> Mutation() => DatasetMutations.Of(Kinds, Fragments);
}

/// <summary>
/// The property issue 12 asks for: any hostile mutation of the shipped dataset, run through the command line as a
/// user would, ends in exit 0 or 1 with sentences, never exit 70 or a crash. BEDREBALANCE_PROPERTY_CASES sets the
/// number of cases (default 200, a few seconds) and BEDREBALANCE_PROPERTY_COMMAND the command: generate (default:
/// every check, rendering and writing) or validate (every check, ten times as many cases a minute), as the fuzz
/// runs in docs/limits.md do.
/// </summary>
public class HostileGrammarProperties
{
    public const string CasesVariable = "BEDREBALANCE_PROPERTY_CASES";
    public const string CommandVariable = "BEDREBALANCE_PROPERTY_COMMAND";

    public static int Cases =>
        int.TryParse(Environment.GetEnvironmentVariable(CasesVariable), out var cases) && cases > 0 ? cases : 200;

    public static string Command => Environment.GetEnvironmentVariable(CommandVariable) is "validate" ? "validate" : "generate";

    [Fact]
    public void Any_hostile_mutation_is_answered_with_exit_0_or_1_and_sentences()
    {
        using var folder = new TemporaryFolder();
        var exits = new int[4];
        var property = Prop.ForAll(HostileMutations.Mutation(), mutation =>
        {
            var exit = Generate(folder, mutation);
            Interlocked.Increment(ref exits[exit]);
        });
        var config = Config.QuickThrowOnFailure
            .WithMaxTest(Cases)
            .WithQuietOnSuccess(true)
            .WithParallelRunConfig(new ParallelRunConfig(Environment.ProcessorCount));
        Check.One(config, property);
        TestContext.Current.SendDiagnosticMessage($"{Cases} hostile datasets through {Command}: {exits[0]} accepted, {exits[1]} refused as invalid");
        Assert.Equal(Cases, exits[0] + exits[1]);
    }

    private static int Generate(TemporaryFolder folder, DatasetMutation mutation)
    {
        var files = mutation.ApplyTo(DatasetMutations.Shipped);
        var run = folder.Combine(Guid.NewGuid().ToString("N"));
        var dataset = Path.Combine(run, "spm-346");
        Directory.CreateDirectory(dataset);
        try
        {
            foreach (var (name, bytes) in files)
            {
                File.WriteAllBytes(Path.Combine(dataset, name), bytes);
            }
            using var output = new StringWriter();
            using var error = new StringWriter();
            string[] args = Command == "validate" ? ["validate", dataset] : ["generate", dataset, "--out", Path.Combine(run, "out")];
            var exit = CliApp.Run(args, output, error);
            Assert.True(exit is ExitCodes.Success or ExitCodes.InvalidData, $"exit {exit} for {mutation}:\n{error}");
            MessageShape.AssertSentences(error.ToString());
            if (exit == ExitCodes.InvalidData)
            {
                Assert.False(string.IsNullOrWhiteSpace(error.ToString()), $"exit 1 without a word for {mutation}");
            }
            return exit;
        }
        finally
        {
            Directory.Delete(run, recursive: true);
        }
    }
}
