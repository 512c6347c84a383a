using System.Text.RegularExpressions;
using BedreBalance.Document;

namespace BedreBalance.Letter.FollowUp;

/// <summary>A sentence of the composed letter, with its numbers bound, and where it stands.</summary>
internal sealed record PlacedSentence(string Place, string Text);

/// <summary>
/// The letter's prose split into sentences: headings, paragraphs, table subtitles and notes, the closing. Table
/// rows are data, compared table by table instead.
/// </summary>
internal static partial class LetterSentences
{
    // Danish abbreviations the letter (and its likely successors) write with a full stop inside a sentence.
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "ca.", "jf.", "fx.", "f.eks.", "bl.a.", "mv.", "m.v.", "dvs.", "nr.", "pkt.", "kr.", "mio.", "mia.", "anm.", "inkl.", "ekskl.", "evt.", "vedr.",
    };

    // A full stop, question or exclamation mark, then space and a capital letter or a digit.
    [GeneratedRegex(@"(?<=[.!?])\s+(?=[\p{Lu}\d])")]
    private static partial Regex SentenceBoundary();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    public static IReadOnlyList<PlacedSentence> Of(LetterDocument document)
    {
        var sentences = new List<PlacedSentence>();
        var paragraphs = 0;
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case Heading heading:
                    Add(sentences, heading.Level == 1 ? "Title" : "Heading", Text(heading.Runs));
                    break;
                case Paragraph paragraph:
                    Add(sentences, $"Paragraph {++paragraphs}", Text(paragraph.Runs));
                    break;
                case Table table:
                    Add(sentences, $"{table.Label}, subtitle", Text(table.Subtitle));
                    for (var i = 0; i < table.Notes.Count; i++)
                    {
                        Add(sentences, $"{table.Label}, note {i + 1}", Text(table.Notes[i].Runs));
                    }
                    break;
                case Signature signature:
                    foreach (var line in new[] { signature.Closing, signature.Name, signature.Title })
                    {
                        Add(sentences, "Closing", line);
                    }
                    break;
            }
        }
        return sentences;
    }

    /// <summary>Splits running text into sentences, not at abbreviations such as "ca." or "jf.".</summary>
    public static IReadOnlyList<string> Split(string text)
    {
        var normalized = Whitespace().Replace(text, " ").Trim();
        var sentences = new List<string>();
        var start = 0;
        foreach (Match boundary in SentenceBoundary().Matches(normalized))
        {
            var before = normalized[start..boundary.Index];
            var lastWord = before[(before.LastIndexOf(' ') + 1)..];
            if (Abbreviations.Contains(lastWord))
            {
                continue;
            }
            sentences.Add(before);
            start = boundary.Index + boundary.Length;
        }
        if (start < normalized.Length)
        {
            sentences.Add(normalized[start..]);
        }
        return sentences;
    }

    private static void Add(List<PlacedSentence> sentences, string place, string text) =>
        sentences.AddRange(Split(text).Select(sentence => new PlacedSentence(place, sentence)));

    private static string Text(IReadOnlyList<Run> runs) => string.Concat(runs.Select(run => run.Text));
}
