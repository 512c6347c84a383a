using BedreBalance.TestSupport;

namespace BedreBalance.Rendering.Pdf.Tests;

/// <summary>The published answer's words, with the artifacts of its extraction undone (see tests/reference/README.md).</summary>
public static class ReferenceText
{
    public static List<string> Words()
    {
        var lines = File.ReadAllLines(RepositoryPaths.ReferenceText).Where(l => l.Trim().Length > 0).ToList();
        var words = new List<string>();
        var joinNext = false;
        foreach (var line in lines)
        {
            var lineWords = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToList();
            if (joinNext && lineWords.Count > 0)
            {
                // "arbejds-" at a line's very end, then "pladser": the letter's hyphenation, one word.
                words[^1] = words[^1][..^1] + lineWords[0];
                lineWords.RemoveAt(0);
            }
            words.AddRange(lineWords);
            // "kommune- " (a space after the hyphen) is a real hyphen: "kommune- og regionsniveau".
            joinNext = line.EndsWith('-') && line.Length > 1 && char.IsLetter(line[^2]);
        }
        return RemoveRepeats(words, TableTop("Tabel 1", "Flyttede og etablerede statslige arbejdspladser pr. kommune og region (november 2018)", "Kommune Antal tilførte arbejdspladser"));
    }

    private static List<string> TableTop(params string[] parts) =>
        parts.SelectMany(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();

    /// <summary>Leaves the first occurrence of a word sequence and drops later ones (the caption and header repeated on a continuation page).</summary>
    public static List<string> RemoveRepeats(List<string> words, List<string> sequence)
    {
        var result = new List<string>();
        var seen = false;
        for (var i = 0; i < words.Count;)
        {
            if (i + sequence.Count <= words.Count && words.Skip(i).Take(sequence.Count).SequenceEqual(sequence))
            {
                if (!seen) result.AddRange(sequence);
                seen = true;
                i += sequence.Count;
                continue;
            }
            result.Add(words[i++]);
        }
        return result;
    }
}
