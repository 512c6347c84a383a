using System.Text;
using BedreBalance.Dataset;
using BedreBalance.Domain;
using BedreBalance.Letter;
using Xunit;

namespace BedreBalance.Tests.Validation;

/// <summary>
/// A copy of the shipped dataset in a temporary folder, with one thing broken by the test; removed on dispose.
/// </summary>
public sealed class BrokenDataset : IDisposable
{
    private readonly TemporaryFolder folder;

    private BrokenDataset(TemporaryFolder folder)
    {
        this.folder = folder;
        Directory = folder.CopyOf(RepositoryPaths.Spm346Dataset, "spm-346");
    }

    public string Directory { get; }

    public static BrokenDataset Copy() => new(new TemporaryFolder());

    public string PathOf(string file) => Path.Combine(Directory, file);

    public string Text(string file) => File.ReadAllText(PathOf(file), Encoding.UTF8);

    /// <summary>Replaces text that must occur in the file exactly <paramref name="times"/> times (so a test cannot silently break nothing).</summary>
    public BrokenDataset Replace(string file, string oldText, string newText, int times = 1)
    {
        var text = Text(file);
        var found = CountOccurrences(text, oldText);
        Assert.True(found == times, $"\"{oldText}\" occurs {found} times in {file}, expected {times}.");
        return Write(file, text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    public BrokenDataset Write(string file, string text) => WriteBytes(file, new UTF8Encoding(false).GetBytes(text));

    public BrokenDataset WriteBytes(string file, byte[] bytes)
    {
        File.WriteAllBytes(PathOf(file), bytes);
        return this;
    }

    public BrokenDataset Delete(string file)
    {
        File.Delete(PathOf(file));
        return this;
    }

    public LoadResult Load() => DatasetLoader.Load(Directory);

    public LetterComposition Compose() => LetterComposer.ComposeFromDirectory(Directory);

    public void Dispose() => folder.Dispose();

    private static int CountOccurrences(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }
}

/// <summary>Picks out what a broken dataset adds to the shipped dataset's two expected warnings.</summary>
public static class Problems
{
    /// <summary>
    /// The diagnostics other than the shipped dataset's two warnings (Bornholms Kommune's printed name and
    /// Vesthimmerland under Region Midtjylland), recognised by their words so a moved row is still recognised.
    /// </summary>
    public static List<Diagnostic> New(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Where(d => !IsShippedWarning(d)).ToList();

    public static bool IsShippedWarning(Diagnostic d) =>
        d.Severity == Severity.Warning && d.File == DatasetTable.MunicipalityJobs.FileName &&
        (d.Message.StartsWith("\"Bornholms Kommune\" is printed as the published letter printed it", StringComparison.Ordinal) ||
         d.Message.StartsWith("Vesthimmerlands Kommune lies in Region Nordjylland; it is printed under Region Midtjylland", StringComparison.Ordinal));

    /// <summary>Asserts that the dataset has exactly one new problem, as described, and returns it.</summary>
    public static Diagnostic Single(IEnumerable<Diagnostic> diagnostics, Severity severity, string file, int? line, params string[] words)
    {
        var found = New(diagnostics);
        Assert.True(found.Count == 1, $"Expected one problem, found {found.Count}:\n{string.Join("\n", found)}");
        return Matches(found[0], severity, file, line, words);
    }

    /// <summary>Asserts that one of the diagnostics is the problem described (others may come with it) and returns it.</summary>
    public static Diagnostic Contains(IEnumerable<Diagnostic> diagnostics, Severity severity, string file, int? line, params string[] words)
    {
        var all = diagnostics.ToList();
        var match = all.FirstOrDefault(d => d.Severity == severity && d.File == file && d.Line == line && words.All(w => d.Message.Contains(w, StringComparison.Ordinal)));
        Assert.True(match is not null, $"No {severity} at {file}:{line} saying {string.Join(" … ", words)}; found:\n{string.Join("\n", all)}");
        return match!;
    }

    private static Diagnostic Matches(Diagnostic d, Severity severity, string file, int? line, string[] words)
    {
        Assert.Equal((severity, file, line), (d.Severity, d.File, d.Line));
        foreach (var word in words)
        {
            Assert.Contains(word, d.Message, StringComparison.Ordinal);
        }
        return d;
    }
}
