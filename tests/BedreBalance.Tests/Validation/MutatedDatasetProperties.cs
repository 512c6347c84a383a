using System.Text;
using BedreBalance.Dataset;
using BedreBalance.Letter;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace BedreBalance.Tests.Validation;

/// <summary>One small edit to one file of the shipped dataset, at a position given as a share of the file's length.</summary>
public sealed record Edit(string File, EditKind Kind, int PerMille, string Text)
{
    public override string ToString() => $"{Kind} {File} at {PerMille}‰ \"{Text.Replace("\n", "\\n", StringComparison.Ordinal)}\"";
}

public enum EditKind
{
    Insert,
    Delete,
    Replace,
    DeleteLine,
    DuplicateLine,
    SwapWithNextLine,
    Truncate,
    CorruptByte,
}

public sealed record Mutation(IReadOnlyList<Edit> Edits)
{
    public override string ToString() => string.Join("; ", Edits);
}

public static class MutationGenerators
{
    // What breaks this format: delimiters, quotes, line breaks, placeholder and block syntax, digits, signs, Danish letters.
    private static readonly string[] Fragments =
    [
        ";", ",", "\n", "\r\n", "\"", "\t", " ", "{{", "}}", "{", "}", ":", "|", "---", ":::", "#", "-", "*", "1)", "2", "0", "-5",
        "99999999999", "3.5", "ø", "æ", "å", "Ø", "I alt", "Region Nordjylland", "Bornholm", "Aarhus Kommune", "{{tabel1.i-alt}}",
        "{{x}}", "{{tal.planer-byer:ord}}", "::: tabel1", "::: hilsen", "afvigelser:", "  - kommune: x", "tal:", "\u00a0", "\uFEFF", "\u0000",
    ];

    public static Arbitrary<Mutation> Mutation()
    {
        var edit =
            from file in Gen.Elements(DatasetFiles.All.ToArray())
            from kind in Gen.Elements(Enum.GetValues<EditKind>())
            from perMille in Gen.Choose(0, 1000)
            from text in Gen.Elements(Fragments)
            select new Edit(file, kind, perMille, text);
        return Gen.Choose(1, 3).SelectMany(count => Gen.ListOf(edit, count)).Select(edits => new Mutation(edits.ToList())).ToArbitrary();
    }
}

/// <summary>
/// Thousands of mutated versions of the real dataset go through the whole check, in memory: nothing may throw, every
/// diagnostic must name one of the dataset's files, and a dataset with errors must never come out as a letter.
/// </summary>
public class MutatedDatasetProperties
{
    private static readonly Dictionary<string, byte[]> Shipped =
        DatasetFiles.All.ToDictionary(file => file, file => File.ReadAllBytes(Path.Combine(RepositoryPaths.Spm346Dataset, file)));

    [Property(Arbitrary = [typeof(MutationGenerators)], MaxTest = 2000, Parallelism = 4, QuietOnSuccess = true)]
    public void Any_mutated_dataset_is_checked_without_throwing_and_every_problem_names_its_file(Mutation mutation)
    {
        var files = Shipped.ToDictionary(pair => pair.Key, pair => pair.Value);
        foreach (var edit in mutation.Edits)
        {
            files[edit.File] = Apply(edit, files[edit.File]);
        }

        var loaded = DatasetLoader.LoadFromMemory("spm-346", files);
        // The same path as the CLI: with errors in the data, the letter's placeholders are still checked.
        var composition = LetterComposer.Compose(loaded);
        var diagnostics = composition.Diagnostics;

        Assert.All(diagnostics, d =>
        {
            Assert.Contains(d.File, DatasetFiles.All);
            Assert.False(string.IsNullOrWhiteSpace(d.Message));
            Assert.True(d.Line is null or >= 1, d.ToString());
        });
        Assert.Equal(loaded.HasErrors, loaded.Dataset is null);
        Assert.Equal(composition.HasErrors, composition.Document is null);
        Assert.True(loaded.Dataset is not null || composition.Document is null, "a dataset with errors never gives a letter");
    }

    private static byte[] Apply(Edit edit, byte[] bytes)
    {
        var at = (int)((long)bytes.Length * edit.PerMille / 1000);
        if (edit.Kind == EditKind.CorruptByte)
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
            EditKind.Insert => text.Insert(at, edit.Text),
            EditKind.Delete => text.Remove(at, Math.Min(edit.Text.Length, text.Length - at)),
            EditKind.Replace => text.Remove(at, Math.Min(edit.Text.Length, text.Length - at)).Insert(at, edit.Text),
            EditKind.DeleteLine => text.Remove(lineStart, line.Length),
            EditKind.DuplicateLine => text.Insert(lineStart, line),
            EditKind.SwapWithNextLine => SwapWithNextLine(text, lineStart, lineEnd),
            EditKind.Truncate => text[..at],
            _ => text,
        };
        return Encoding.UTF8.GetBytes(mutated);
    }

    private static string SwapWithNextLine(string text, int lineStart, int lineEnd)
    {
        if (lineEnd >= text.Length) return text;
        var nextEnd = text.IndexOf('\n', lineEnd) is var end and >= 0 ? end + 1 : text.Length;
        return text[..lineStart] + text[lineEnd..nextEnd] + text[lineStart..lineEnd] + text[nextEnd..];
    }
}
