using System.Text;
using BedreBalance.Cli;
using BedreBalance.Dataset;
using BedreBalance.Domain;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace BedreBalance.Tests.Hostile;

public enum HostileEditKind
{
    Insert,
    Replace,
    DeleteLine,
    RepeatLine,
    SwapDelimiters,
    Truncate,
    CorruptByte,
}

/// <summary>One hostile edit to one file of the shipped dataset, at a position given as a share of the file's length.</summary>
public sealed record HostileEdit(string File, HostileEditKind Kind, int PerMille, string Text)
{
    public override string ToString() =>
        $"{Kind} {File} at {PerMille}‰ \"{DiagnosticText.Tidy(Text.Replace("\n", "\\n", StringComparison.Ordinal))}\" ({Text.Length} chars)";
}

public sealed record HostileMutation(IReadOnlyList<HostileEdit> Edits)
{
    public override string ToString() => string.Join("; ", Edits);
}

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

    public static Arbitrary<HostileMutation> Mutation()
    {
        var edit =
            from file in Gen.Elements(DatasetFiles.All.ToArray())
            from kind in Gen.Elements(Enum.GetValues<HostileEditKind>())
            from perMille in Gen.Choose(0, 1000)
            from text in Gen.Elements(Fragments)
            select new HostileEdit(file, kind, perMille, text);
        return Gen.Choose(1, 3).SelectMany(count => Gen.ListOf(edit, count)).Select(edits => new HostileMutation(edits.ToList())).ToArbitrary();
    }

    public static byte[] Apply(HostileEdit edit, byte[] bytes)
    {
        var at = (int)((long)bytes.Length * edit.PerMille / 1000);
        if (edit.Kind == HostileEditKind.CorruptByte)
        {
            var corrupted = bytes.ToArray();
            if (corrupted.Length > 0) corrupted[Math.Min(at, corrupted.Length - 1)] = (byte)(0x80 + edit.Text.Length * 7 % 0x80);
            return corrupted;
        }
        var text = Encoding.UTF8.GetString(bytes);
        at = Math.Min(at, text.Length);
        var lineStart = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        var lineEnd = text.IndexOf('\n', at) is var end and >= 0 ? end + 1 : text.Length;
        var line = text[lineStart..lineEnd];
        var mutated = edit.Kind switch
        {
            HostileEditKind.Insert => text.Insert(at, edit.Text),
            HostileEditKind.Replace => text.Remove(at, Math.Min(edit.Text.Length, text.Length - at)).Insert(at, edit.Text),
            HostileEditKind.DeleteLine => text.Remove(lineStart, line.Length),
            HostileEditKind.RepeatLine => text.Insert(lineStart, string.Concat(Enumerable.Repeat(line, 1 + edit.Text.Length % 3_000))),
            HostileEditKind.SwapDelimiters => text[..lineStart] + Swap(line) + text[lineEnd..],
            HostileEditKind.Truncate => text[..at],
            _ => text,
        };
        // UTF-16 halves of a pair survive as they are: written as the bytes a careless editor would write.
        return EncodeLoosely(mutated);
    }

    private static string Swap(string line) =>
        string.Concat(line.Select(c => c switch { ';' => ',', ',' => ';', '|' => ';', _ => c }));

    /// <summary>UTF-8, except that a lone surrogate is written as its three-byte form (invalid UTF-8, as some tools write it).</summary>
    private static byte[] EncodeLoosely(string text)
    {
        var bytes = new List<byte>(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(text.Substring(i, 2)));
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                bytes.AddRange([(byte)(0xE0 | (c >> 12)), (byte)(0x80 | ((c >> 6) & 0x3F)), (byte)(0x80 | (c & 0x3F))]);
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(c.ToString()));
            }
        }
        return bytes.ToArray();
    }
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

    private static readonly Dictionary<string, byte[]> Shipped =
        DatasetFiles.All.ToDictionary(file => file, file => File.ReadAllBytes(Path.Combine(RepositoryPaths.Spm346Dataset, file)));

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

    private static int Generate(TemporaryFolder folder, HostileMutation mutation)
    {
        var files = Shipped.ToDictionary(pair => pair.Key, pair => pair.Value);
        foreach (var edit in mutation.Edits)
        {
            files[edit.File] = HostileMutations.Apply(edit, files[edit.File]);
        }
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
