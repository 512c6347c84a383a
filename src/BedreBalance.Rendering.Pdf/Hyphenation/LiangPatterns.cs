using System.Text;

namespace BedreBalance.Rendering.Pdf.Hyphenation;

/// <summary>
/// Hyphenation patterns in Liang's scheme (as TeX and LibreOffice's libhyphen read them): each pattern is a
/// string of letters with digits between them, "." marking a word's edge. For a word, every pattern that
/// occurs in ".word." votes a level into the gaps it covers; the highest level wins, and an odd level is a
/// place the word may break.
/// </summary>
internal sealed class LiangPatterns
{
    // Letters of a pattern → its levels, one per gap (before the first letter, …, after the last).
    private readonly Dictionary<string, byte[]> patterns;
    private readonly Dictionary<string, byte[]>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly int longest;

    private LiangPatterns(Dictionary<string, byte[]> patterns)
    {
        this.patterns = patterns;
        lookup = patterns.GetAlternateLookup<ReadOnlySpan<char>>();
        longest = patterns.Keys.Max(k => k.Length);
    }

    public int Count => patterns.Count;

    /// <summary>Reads a libhyphen pattern file: the first line names its encoding, then one pattern per line.</summary>
    public static LiangPatterns Read(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var bytes = buffer.ToArray();
        var firstLineEnd = Array.IndexOf(bytes, (byte)'\n');
        var charset = Encoding.ASCII.GetString(bytes, 0, firstLineEnd < 0 ? bytes.Length : firstLineEnd).Trim();
        // The Danish file is ISO 8859-1; UTF-8 files say so. Anything else would be read wrongly, so refuse it.
        var encoding = charset switch
        {
            "ISO8859-1" or "ISO-8859-1" => Encoding.Latin1,
            "UTF-8" => Encoding.UTF8,
            _ => throw new InvalidDataException($"Unsupported hyphenation pattern encoding \"{charset}\"."),
        };
        var text = encoding.GetString(bytes, firstLineEnd + 1, bytes.Length - firstLineEnd - 1);
        var result = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            // Comments, libhyphen's directives (LEFTHYPHENMIN …) and non-standard patterns ("/") are not Liang patterns.
            if (line.Length == 0 || line.StartsWith('%') || line.Contains('/') || char.IsAsciiLetterUpper(line[0])) continue;
            var (letters, levels) = Parse(line);
            result[letters] = levels;
        }
        if (result.Count == 0) throw new InvalidDataException("The hyphenation pattern file has no patterns.");
        return new LiangPatterns(result);
    }

    private static (string Letters, byte[] Levels) Parse(string pattern)
    {
        var letters = new StringBuilder(pattern.Length);
        var levels = new List<byte> { 0 };
        foreach (var c in pattern)
        {
            if (char.IsAsciiDigit(c))
            {
                levels[^1] = (byte)(c - '0');
            }
            else
            {
                letters.Append(char.ToLowerInvariant(c));
                levels.Add(0);
            }
        }
        return (letters.ToString(), levels.ToArray());
    }

    /// <summary>
    /// The places where a word of letters may break, as indexes into the word: 3 means "after the third letter".
    /// Keeps <paramref name="leftMin"/> letters before the first break and <paramref name="rightMin"/> after the last.
    /// </summary>
    public IReadOnlyList<int> BreakPoints(string word, int leftMin, int rightMin)
    {
        if (word.Length < leftMin + rightMin) return [];
        var dotted = ("." + word.ToLowerInvariant() + ".").AsSpan();
        // levels[g] is the gap before dotted[g]; the gap before word[i] is levels[i + 1].
        var levels = new byte[dotted.Length + 1];
        for (var start = 0; start < dotted.Length; start++)
        {
            for (var length = 1; length <= longest && start + length <= dotted.Length; length++)
            {
                if (!lookup.TryGetValue(dotted.Slice(start, length), out var found)) continue;
                for (var g = 0; g < found.Length; g++)
                {
                    if (found[g] > levels[start + g]) levels[start + g] = found[g];
                }
            }
        }
        var points = new List<int>();
        for (var i = leftMin; i <= word.Length - rightMin; i++)
        {
            if (levels[i + 1] % 2 == 1) points.Add(i);
        }
        return points;
    }
}
