using System.Text;

using BedreBalance.Document;

namespace BedreBalance.TestSupport;

/// <summary>
/// Writes the document model as indented text: the cheapest snapshot of the letter's content,
/// before any layout. Formatting shows as markers: *bold*, _italic_, ^superscript^.
/// </summary>
public static class TextDump
{
    public static string Write(LetterDocument document)
    {
        var text = new StringBuilder();
        var meta = document.Metadata;
        text.Append("Metadata\n");
        text.Append("  Title: ").Append(meta.Title).Append('\n');
        text.Append("  Author: ").Append(meta.Author).Append('\n');
        text.Append("  Subject: ").Append(meta.Subject).Append('\n');
        text.Append("  Language: ").Append(meta.Language).Append('\n');
        text.Append("  Created: ").Append(meta.Created.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
        foreach (var block in document.Blocks)
        {
            WriteBlock(text, block);
        }
        return text.ToString();
    }

    private static void WriteBlock(StringBuilder text, Block block)
    {
        switch (block)
        {
            case Heading heading:
                text.Append("Heading ").Append(heading.Level).Append(": ").Append(Runs(heading.Runs)).Append('\n');
                break;
            case Paragraph paragraph:
                text.Append("Paragraph [").Append(paragraph.Style).Append("]: ").Append(Runs(paragraph.Runs)).Append('\n');
                break;
            case Signature signature:
                text.Append("Signature\n");
                text.Append("  Closing: ").Append(signature.Closing).Append('\n');
                text.Append("  Name: ").Append(signature.Name).Append('\n');
                text.Append("  Title: ").Append(signature.Title).Append('\n');
                break;
            case Table table:
                text.Append("Table ").Append(table.Label).Append(": ").Append(Runs(table.Subtitle)).Append('\n');
                text.Append("  Columns: ");
                text.AppendJoin(", ", table.Columns.Select(c => FormattableString.Invariant($"{c.RelativeWidth:0.###} {c.Alignment}")));
                text.Append('\n');
                WriteRow(text, "Header", table.Header);
                foreach (var row in table.Body)
                {
                    WriteRow(text, row.Kind.ToString(), row);
                }
                foreach (var note in table.Notes)
                {
                    text.Append("  Note [").Append(note.Style).Append("]: ").Append(Runs(note.Runs)).Append('\n');
                }
                break;
            default:
                throw new InvalidOperationException($"No dump for block type {block.GetType().Name}.");
        }
    }

    private static void WriteRow(StringBuilder text, string kind, TableRow row)
    {
        text.Append("  ").Append(kind).Append(':');
        foreach (var cell in row.Cells)
        {
            text.Append(cell.IsRowHeader ? " | (row header) " : " | ").Append(Runs(cell.Runs));
        }
        text.Append('\n');
    }

    private static string Runs(IReadOnlyList<Run> runs)
    {
        var text = new StringBuilder();
        foreach (var run in runs)
        {
            var value = run.Text;
            if (run.IsNoteReference) value = "note:" + value;
            if (run.IsSuperscript) value = "^" + value + "^";
            if (run.IsItalic) value = "_" + value + "_";
            if (run.IsBold) value = "*" + value + "*";
            text.Append(value);
        }
        return text.ToString();
    }

    /// <summary>The document's words in reading order, as a reader (or a screen reader) meets them.</summary>
    public static IEnumerable<string> Words(LetterDocument document)
    {
        foreach (var block in document.Blocks)
        {
            foreach (var text in Texts(block))
            {
                foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
                {
                    yield return word;
                }
            }
        }
    }

    private static IEnumerable<string> Texts(Block block)
    {
        static string Join(IReadOnlyList<Run> runs) => string.Concat(runs.Select(r => r.Text));
        switch (block)
        {
            case Heading heading:
                yield return Join(heading.Runs);
                break;
            case Paragraph paragraph:
                yield return Join(paragraph.Runs);
                break;
            case Signature signature:
                yield return signature.Closing;
                yield return signature.Name;
                yield return signature.Title;
                break;
            case Table table:
                yield return table.Label;
                yield return Join(table.Subtitle);
                foreach (var row in table.Body.Prepend(table.Header))
                {
                    foreach (var cell in row.Cells)
                    {
                        yield return Join(cell.Runs);
                    }
                }
                foreach (var note in table.Notes)
                {
                    yield return Join(note.Runs);
                }
                break;
        }
    }
}
