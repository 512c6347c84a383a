using BedreBalance.Cli;
using BedreBalance.TestSupport;
using BenchmarkDotNet.Attributes;

namespace BedreBalance.Benchmarks;

/// <summary>
/// The time and memory bounds of issue 12: how long `bedrebalance validate` takes, and how much it allocates, to
/// refuse the hostile inputs of docs/limits.md. Each should be refused in well under a second and a few hundred
/// MB at most, whatever the size of the input (before: a 10 MB name took 37 s, /dev/zero ran out of memory).
/// </summary>
[MemoryDiagnoser]
[WarmupCount(1)]
[IterationCount(5)]
public class HostileInputBenchmarks
{
    private string root = "";
    private string dataset = "";

    [Params("10 MB name", "100.001 rows", "33 MB file", "5.000 unknown names", "60.000 emphasis markers", "1.000 nested list items", "/dev/zero")]
    public string Input { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        root = Directory.CreateTempSubdirectory("bedrebalance-hostile-").FullName;
        dataset = Path.Combine(root, "spm-346");
        Directory.CreateDirectory(dataset);
        foreach (var file in Directory.GetFiles(RepositoryPaths.Spm346Dataset))
        {
            File.Copy(file, Path.Combine(dataset, Path.GetFileName(file)));
        }
        var table1 = Path.Combine(dataset, "tabel1.csv");
        var lines = File.ReadAllLines(table1).ToList();
        switch (Input)
        {
            case "10 MB name":
                lines.Insert(lines.Count - 1, "Region Sjælland;" + new string('x', 10_000_000) + ";5;");
                File.WriteAllLines(table1, lines);
                break;
            case "100.001 rows":
                lines.InsertRange(lines.Count - 1, Enumerable.Repeat("Region Sjælland;Slagelse Kommune;1;", 100_001));
                File.WriteAllLines(table1, lines);
                break;
            case "33 MB file":
                File.WriteAllBytes(Path.Combine(dataset, "tabel2.csv"), new byte[33 * 1024 * 1024]);
                break;
            case "5.000 unknown names":
                lines.InsertRange(lines.Count - 1, Enumerable.Range(0, 5_000).Select(i => $"Region Sjælland;By{i} Kommune;5;"));
                File.WriteAllLines(table1, lines);
                break;
            case "60.000 emphasis markers":
                WithBodyParagraph(string.Join("\n", Enumerable.Repeat(string.Concat(Enumerable.Repeat("*a ", 3_000)), 10)));
                break;
            case "1.000 nested list items":
                WithBodyParagraph(string.Join("\n", Enumerable.Range(0, 1_000).Select(i => new string(' ', 2 * i) + "- x")));
                break;
            case "/dev/zero":
                File.Delete(Path.Combine(dataset, "tabel2.csv"));
                File.CreateSymbolicLink(Path.Combine(dataset, "tabel2.csv"), "/dev/zero");
                break;
        }
    }

    /// <summary>Puts a paragraph first in the letter's body, after the front matter.</summary>
    private void WithBodyParagraph(string paragraph)
    {
        var letter = Path.Combine(dataset, "brev.md");
        var text = File.ReadAllText(letter);
        var body = text.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5;
        File.WriteAllText(letter, text[..body] + "\n" + paragraph + "\n\n" + text[body..]);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(root, recursive: true);

    /// <summary>The whole command as a user runs it, diagnostics printed (to a discarding writer).</summary>
    [Benchmark]
    public int Validate() => CliApp.Run(["validate", dataset], TextWriter.Null, TextWriter.Null);
}
