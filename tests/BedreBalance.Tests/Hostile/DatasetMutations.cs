using System.Text;
using BedreBalance.Dataset;
using BedreBalance.Domain;
using FsCheck;
using FsCheck.Fluent;

namespace BedreBalance.Tests.Hostile;

public enum EditKind
{
    Insert,
    Delete,
    Replace,
    DeleteLine,

    /// <summary>The line once more, just before itself.</summary>
    DuplicateLine,

    /// <summary>The line 1 to 3.000 more times (by the edit's text length): floods of rows and repeated errors.</summary>
    RepeatLine,

    SwapWithNextLine,

    /// <summary>In the line, ; and , change places and | becomes ;.</summary>
    SwapDelimiters,

    Truncate,

    /// <summary>One byte becomes a UTF-8 continuation byte, so the file is no longer valid UTF-8.</summary>
    CorruptByte,
}

/// <summary>One edit to one file of a dataset, at a position given as a share of the file's length.</summary>
public sealed record DatasetEdit(string File, EditKind Kind, int PerMille, string Text)
{
    public override string ToString() =>
        $"{Kind} {File} at {PerMille}‰ \"{DiagnosticText.Tidy(Text.Replace("\n", "\\n", StringComparison.Ordinal))}\" ({Text.Length} chars)";

    public byte[] ApplyTo(byte[] bytes)
    {
        var at = (int)((long)bytes.Length * PerMille / 1000);
        if (Kind == EditKind.CorruptByte)
        {
            var corrupted = bytes.ToArray();
            if (corrupted.Length > 0) corrupted[Math.Min(at, corrupted.Length - 1)] = (byte)(0x80 + (Text.Length * 7 % 0x80));
            return corrupted;
        }
        var text = Encoding.UTF8.GetString(bytes);
        at = Math.Min(at, text.Length);
        var lineStart = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        var lineEnd = text.IndexOf('\n', at) is var end and >= 0 ? end + 1 : text.Length;
        var line = text[lineStart..lineEnd];
        var mutated = Kind switch
        {
            EditKind.Insert => text.Insert(at, Text),
            EditKind.Delete => text.Remove(at, Math.Min(Text.Length, text.Length - at)),
            EditKind.Replace => text.Remove(at, Math.Min(Text.Length, text.Length - at)).Insert(at, Text),
            EditKind.DeleteLine => text.Remove(lineStart, line.Length),
            EditKind.DuplicateLine => text.Insert(lineStart, line),
            EditKind.RepeatLine => text.Insert(lineStart, string.Concat(Enumerable.Repeat(line, 1 + (Text.Length % 3_000)))),
            EditKind.SwapWithNextLine => SwapWithNextLine(text, lineStart, lineEnd),
            EditKind.SwapDelimiters => text[..lineStart] + SwapDelimiters(line) + text[lineEnd..],
            EditKind.Truncate => text[..at],
            _ => text,
        };
        // UTF-16 halves of a pair survive as they are: written as the bytes a careless editor would write.
        return EncodeLoosely(mutated);
    }

    private static string SwapWithNextLine(string text, int lineStart, int lineEnd)
    {
        if (lineEnd >= text.Length) return text;
        var nextEnd = text.IndexOf('\n', lineEnd) is var end and >= 0 ? end + 1 : text.Length;
        return text[..lineStart] + text[lineEnd..nextEnd] + text[lineStart..lineEnd] + text[nextEnd..];
    }

    private static string SwapDelimiters(string line) =>
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

/// <summary>One to three edits, applied in order.</summary>
public sealed record DatasetMutation(IReadOnlyList<DatasetEdit> Edits)
{
    public override string ToString() => string.Join("; ", Edits);

    /// <summary>The dataset's files with the edits applied; the given files are left as they are.</summary>
    public Dictionary<string, byte[]> ApplyTo(IReadOnlyDictionary<string, byte[]> files)
    {
        var mutated = files.ToDictionary(pair => pair.Key, pair => pair.Value);
        foreach (var edit in Edits)
        {
            mutated[edit.File] = edit.ApplyTo(mutated[edit.File]);
        }
        return mutated;
    }
}

/// <summary>
/// The one mutation of the shipped dataset that both properties use (the in-memory check of every mutated dataset,
/// and the hostile run through the command line); each chooses its own kinds of edit and its own fragments.
/// </summary>
public static class DatasetMutations
{
    public static IReadOnlyDictionary<string, byte[]> Shipped { get; } =
        DatasetFiles.All.ToDictionary(file => file, file => File.ReadAllBytes(Path.Combine(RepositoryPaths.Spm346Dataset, file)));

    public static Arbitrary<DatasetMutation> Of(IReadOnlyList<EditKind> kinds, IReadOnlyList<string> fragments)
    {
        var edit =
            from file in Gen.Elements(DatasetFiles.All.ToArray())
            from kind in Gen.Elements(kinds.ToArray())
            from perMille in Gen.Choose(0, 1000)
            from text in Gen.Elements(fragments.ToArray())
            select new DatasetEdit(file, kind, perMille, text);
        return Gen.Choose(1, 3).SelectMany(count => Gen.ListOf(edit, count)).Select(edits => new DatasetMutation(edits.ToList())).ToArbitrary();
    }
}
