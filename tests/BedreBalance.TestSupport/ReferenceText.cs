namespace BedreBalance.TestSupport;

/// <summary>
/// The published answer's words in reading order, with the artifacts of its text extraction undone
/// (see tests/reference/README.md): words split by hyphenation at a line end are joined, and Table 1's
/// caption, subtitle and column header, repeated on the continuation page, are counted once.
/// </summary>
public static class ReferenceText
{
    public static IReadOnlyList<string> Words() => Words(File.ReadAllLines(RepositoryPaths.ReferenceText));

    public static IReadOnlyList<string> Words(IReadOnlyList<string> lines)
    {
        var joined = new List<string>();
        var pending = "";
        foreach (var raw in lines)
        {
            var line = raw.TrimStart();
            if (line.Trim().Length == 0)
            {
                continue;
            }
            line = pending + line;
            pending = "";
            // "arbejds-" with nothing after it is a word the letter hyphenated; "kommune- og" is a real hyphen.
            if (line.EndsWith('-') && line.Length > 1 && char.IsLetter(line[^2]))
            {
                var lastSpace = line.LastIndexOf(' ');
                pending = line[(lastSpace + 1)..^1];
                line = line[..(lastSpace + 1)];
            }
            joined.Add(line);
        }
        if (pending.Length > 0) joined.Add(pending);
        var words = joined.SelectMany(l => l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToList();
        return RemoveRepeatedTableHeader(words);
    }

    private static List<string> RemoveRepeatedTableHeader(List<string> words)
    {
        // From "Tabel 1" to the end of its column header ("... Antal tilførte arbejdspladser").
        var first = IndexOf(words, ["Tabel", "1"], 0);
        var headerEnd = IndexOf(words, ["Antal", "tilførte", "arbejdspladser"], first) + 3;
        var repeated = words[first..headerEnd];
        var second = IndexOf(words, repeated, headerEnd);
        if (second >= 0)
        {
            words.RemoveRange(second, repeated.Count);
        }
        return words;
    }

    private static int IndexOf(List<string> words, IReadOnlyList<string> sequence, int start)
    {
        for (var i = start; i + sequence.Count <= words.Count; i++)
        {
            if (sequence.Select((word, k) => words[i + k] == word).All(same => same))
            {
                return i;
            }
        }
        return -1;
    }
}
