using System.Globalization;
using BedreBalance.Domain;
using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using MarkdownTable = Markdig.Extensions.Tables.Table;
using MarkdownTableRow = Markdig.Extensions.Tables.TableRow;
using MarkdownTableCell = Markdig.Extensions.Tables.TableCell;
using MarkdownColumnAlign = Markdig.Extensions.Tables.TableColumnAlign;

namespace BedreBalance.Dataset;

/// <summary>
/// Reads brev.md: YAML front matter with the letter's fixed facts, then the letter's text in Markdown, with
/// <c>::: tabel1</c> … <c>:::</c> blocks where the tables go and <c>::: hilsen</c> for the closing.
/// </summary>
public static class LetterTemplateReader
{
    public const string SignatureBlock = "hilsen";

    public static IReadOnlyList<string> TableNames { get; } = ["tabel1", "tabel2", "tabel3"];

    public static class Fields
    {
        public const string Date = "dato";
        public const string Status = "status";
        public const string Minister = "minister";
        public const string MinisterTitle = "ministertitel";
        public const string Subject = "emne";
        public const string Language = "sprog";
        public const string Figures = "tal";
        public const string Deviations = "afvigelser";
        public const string DeviationMunicipality = "kommune";
        public const string DeviationRegion = "region";
    }

    private static readonly MarkdownPipeline Pipeline = BuildPipeline();

    public static LetterTemplate? Read(string directory, List<Diagnostic> diagnostics)
    {
        var text = TextFile.Read(directory, DatasetFiles.LetterText, diagnostics);
        return text is null ? null : Parse(text, DatasetFiles.LetterText, diagnostics);
    }

    public static LetterTemplate? Parse(string text, string fileName, List<Diagnostic> diagnostics)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length == 0 || lines[0].Trim() != "---")
        {
            diagnostics.Add(Diagnostic.Error(new SourceLocation(fileName, 1), null,
                "The file must start with a line \"---\", then the letter's facts (dato, status, minister, …), then \"---\"."));
            return null;
        }
        var closing = Array.FindIndex(lines, 1, line => line.Trim() == "---");
        if (closing < 0)
        {
            diagnostics.Add(Diagnostic.Error(new SourceLocation(fileName, 1), null,
                "The facts at the top are not closed: add a line \"---\" after them."));
            return null;
        }
        var errorsBefore = diagnostics.Count(d => d.IsError);
        var fields = ReadFields(string.Join('\n', lines[1..closing]), fileName, firstLine: 2, diagnostics);
        var parts = ReadBody(string.Join('\n', lines[(closing + 1)..]), fileName, firstLine: closing + 2, diagnostics);
        if (fields is null || diagnostics.Count(d => d.IsError) > errorsBefore)
        {
            return null;
        }
        return new LetterTemplate(fields, parts);
    }

    private static LetterFields? ReadFields(string yaml, string fileName, int firstLine, List<Diagnostic> diagnostics)
    {
        SourceLocation At(Mark mark) => new(fileName, firstLine + (int)mark.Line - 1);

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            diagnostics.Add(Diagnostic.Error(At(e.Start), null, $"The facts at the top cannot be read: {e.Message}"));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way on some malformed input (e.g. "{{" before a key) instead of
            // raising a YamlException; it is still a problem in the file, not in the program.
            diagnostics.Add(Diagnostic.Error(new SourceLocation(fileName, firstLine), null,
                "The facts at the top cannot be read: check that each line is \"name: value\" and that no line has stray { } or quotes."));
            return null;
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            diagnostics.Add(Diagnostic.Error(new SourceLocation(fileName, firstLine), null,
                "The facts at the top must be lines of the form \"name: value\"."));
            return null;
        }

        var values = new Dictionary<string, (YamlNode Node, SourceLocation At)>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in root.Children)
        {
            var key = ((keyNode as YamlScalarNode)?.Value ?? "").Trim();
            values[key] = (valueNode, At(keyNode.Start));
            if (key is not (Fields.Date or Fields.Status or Fields.Minister or Fields.MinisterTitle or Fields.Subject or Fields.Language or Fields.Figures or Fields.Deviations))
            {
                diagnostics.Add(Diagnostic.Warning(At(keyNode.Start), key,
                    $"\"{key}\" is not a field the letter uses; known fields: dato, status, minister, ministertitel, emne, sprog, tal, afvigelser."));
            }
        }

        var headerAt = new SourceLocation(fileName, firstLine);
        string? Text(string name, string? fallback = null)
        {
            if (values.TryGetValue(name, out var entry) && entry.Node is YamlScalarNode { Value: { } value } && value.Trim().Length > 0)
            {
                return value.Trim();
            }
            if (fallback is not null) return fallback;
            var at = values.TryGetValue(name, out var present) ? present.At : headerAt;
            diagnostics.Add(Diagnostic.Error(at, name, $"The field \"{name}\" is missing or empty."));
            return null;
        }

        var dateText = Text(Fields.Date);
        DateOnly? date = null;
        if (dateText is not null)
        {
            if (DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                date = parsed;
            }
            else
            {
                diagnostics.Add(Diagnostic.Error(values[Fields.Date].At, Fields.Date, $"\"{dateText}\" is not a date written as year-month-day, such as 2019-01-28."));
            }
        }
        var status = Text(Fields.Status);
        var minister = Text(Fields.Minister);
        var ministerTitle = Text(Fields.MinisterTitle);
        var subject = Text(Fields.Subject);
        var language = Text(Fields.Language, fallback: "da-DK")!;
        var figures = ReadFigures(values.GetValueOrDefault(Fields.Figures), At, diagnostics);
        var deviations = ReadDeviations(values.GetValueOrDefault(Fields.Deviations), At, diagnostics);

        if (date is null || status is null || minister is null || ministerTitle is null || subject is null)
        {
            return null;
        }
        return new LetterFields(date.Value, status, minister, ministerTitle, subject, language, figures, deviations);
    }

    private static List<NamedFigure> ReadFigures((YamlNode Node, SourceLocation At) entry, Func<Mark, SourceLocation> at, List<Diagnostic> diagnostics)
    {
        var figures = new List<NamedFigure>();
        if (entry.Node is null)
        {
            return figures;
        }
        if (entry.Node is not YamlMappingNode mapping)
        {
            diagnostics.Add(Diagnostic.Error(entry.At, Fields.Figures, "\"tal\" must list figures as indented lines \"name: number\"."));
            return figures;
        }
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var name = ((keyNode as YamlScalarNode)?.Value ?? "").Trim();
            var value = (valueNode as YamlScalarNode)?.Value ?? "";
            var location = at(keyNode.Start);
            var number = FieldParsers.WholeNumber(value, location, $"{Fields.Figures}.{name}", "figure", diagnostics);
            if (number is not null)
            {
                figures.Add(new NamedFigure(name, number.Value, location));
            }
        }
        return figures;
    }

    private static List<AcknowledgedDeviation> ReadDeviations((YamlNode Node, SourceLocation At) entry, Func<Mark, SourceLocation> at, List<Diagnostic> diagnostics)
    {
        var deviations = new List<AcknowledgedDeviation>();
        if (entry.Node is null)
        {
            return deviations;
        }
        const string Shape = "\"afvigelser\" must list entries as \"- kommune: <name as in tabel1.csv>\" with \"region: <region it is printed under>\" on the next line.";
        if (entry.Node is not YamlSequenceNode sequence)
        {
            diagnostics.Add(Diagnostic.Error(entry.At, Fields.Deviations, Shape));
            return deviations;
        }
        foreach (var item in sequence.Children)
        {
            string? Value(string key) =>
                item is YamlMappingNode mapping && mapping.Children.TryGetValue(new YamlScalarNode(key), out var node)
                    ? ((node as YamlScalarNode)?.Value ?? "").Trim() is { Length: > 0 } text ? text : null
                    : null;
            var municipality = Value(Fields.DeviationMunicipality);
            var region = Value(Fields.DeviationRegion);
            if (municipality is null || region is null)
            {
                diagnostics.Add(Diagnostic.Error(at(item.Start), Fields.Deviations, Shape));
                continue;
            }
            deviations.Add(new AcknowledgedDeviation(municipality, region, at(item.Start)));
        }
        return deviations;
    }

    private static List<LetterPart> ReadBody(string markdown, string fileName, int firstLine, List<Diagnostic> diagnostics)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        var sourceLines = markdown.Split('\n');
        var reader = new BodyReader(fileName, firstLine, sourceLines, diagnostics);
        var parts = new List<LetterPart>();
        foreach (var block in document)
        {
            var part = reader.ReadTopLevel(block);
            if (part is not null)
            {
                parts.Add(part);
            }
        }
        return parts;
    }

    // Lists, quotes, code and HTML are switched off: a Danish sentence may well start a line with
    // "2) " or "1. ", and the letter has none of those constructs.
    private static MarkdownPipeline BuildPipeline()
    {
        var builder = new MarkdownPipelineBuilder().UsePipeTables().UseCustomContainers();
        builder.BlockParsers.RemoveAll(parser => parser is ListBlockParser or QuoteBlockParser or IndentedCodeBlockParser or HtmlBlockParser or FencedCodeBlockParser);
        builder.InlineParsers.RemoveAll(parser => parser is AutolinkInlineParser or CodeInlineParser or HtmlEntityParser or LinkInlineParser);
        return builder.Build();
    }

    private sealed class BodyReader(string fileName, int firstLine, string[] sourceLines, List<Diagnostic> diagnostics)
    {
        private SourceLocation At(int zeroBasedLine) => new(fileName, firstLine + zeroBasedLine);

        private SourceLocation At(MarkdownObject node) => At(node.Line);

        public LetterPart? ReadTopLevel(Block block)
        {
            switch (block)
            {
                case HeadingBlock heading when heading.Level is 1 or 2:
                    return new HeadingPart(heading.Level, Text(heading.Inline, At(heading)), At(heading));
                case ParagraphBlock paragraph:
                    return new ParagraphPart(Text(paragraph.Inline, At(paragraph)), At(paragraph));
                case CustomContainer container:
                    return ReadContainer(container);
                default:
                    Unsupported(block, "at the top level");
                    return null;
            }
        }

        private void Unsupported(Block block, string where)
        {
            var what = block switch
            {
                HeadingBlock heading => $"a level-{heading.Level} heading (use # for the title and ## for labels)",
                MarkdownTable => "a table outside a ::: tabel block",
                ThematicBreakBlock => "a line of dashes or stars",
                _ => "this kind of text",
            };
            diagnostics.Add(Diagnostic.Error(At(block), null, $"The letter cannot hold {what} {where}."));
        }

        private LetterPart? ReadContainer(CustomContainer container)
        {
            var name = (container.Info ?? "").Trim();
            if (name == SignatureBlock)
            {
                return ReadSignature(container);
            }
            if (TableNames.Contains(name))
            {
                return ReadTable(name, container);
            }
            diagnostics.Add(Diagnostic.Error(At(container), null,
                $"\"::: {name}\" names no block; use one of: {string.Join(", ", TableNames.Append(SignatureBlock))}."));
            return null;
        }

        private SignaturePart? ReadSignature(CustomContainer container)
        {
            var paragraphs = container.OfType<ParagraphBlock>().ToList();
            if (paragraphs.Count != 3 || container.Count != 3)
            {
                diagnostics.Add(Diagnostic.Error(At(container), SignatureBlock,
                    "The closing must be three paragraphs, separated by blank lines: the greeting, the minister's name and title."));
                return null;
            }
            return new SignaturePart(
                Text(paragraphs[0].Inline, At(paragraphs[0])),
                Text(paragraphs[1].Inline, At(paragraphs[1])),
                Text(paragraphs[2].Inline, At(paragraphs[2])),
                At(container));
        }

        private TablePart? ReadTable(string name, CustomContainer container)
        {
            var before = new List<ParagraphBlock>();
            var notes = new List<TemplateText>();
            MarkdownTable? table = null;
            foreach (var block in container)
            {
                switch (block)
                {
                    case MarkdownTable found when table is null:
                        table = found;
                        break;
                    case ParagraphBlock paragraph when table is null:
                        before.Add(paragraph);
                        break;
                    case ParagraphBlock paragraph:
                        notes.Add(Text(paragraph.Inline, At(paragraph)));
                        break;
                    default:
                        Unsupported(block, $"in ::: {name}");
                        return null;
                }
            }
            if (before.Count != 2 || table is null)
            {
                diagnostics.Add(Diagnostic.Error(At(container), name,
                    "A table block must hold, separated by blank lines: the label (\"Tabel 1\"), the subtitle, then a table of the column headers (| A | B | and |:--|--:|), then any notes."));
                return null;
            }
            var rows = table.OfType<MarkdownTableRow>().ToList();
            var header = rows.FirstOrDefault(row => row.IsHeader);
            var body = rows.Where(row => !row.IsHeader).ToList();
            if (header is null)
            {
                diagnostics.Add(Diagnostic.Error(At(table), name, "The table has no header row."));
                return null;
            }
            if (body.Count > 1)
            {
                diagnostics.Add(Diagnostic.Error(At(body[1]), name,
                    "The table may have one row under the header, the total row (\"| I alt | {{tabel1.i-alt}} |\"); the other rows come from the CSV file."));
                return null;
            }
            var widths = ColumnWidths(table.Line + 1, header.Count);
            var columns = new List<TableColumnText>();
            for (var i = 0; i < header.Count; i++)
            {
                var alignment = i < table.ColumnDefinitions.Count && table.ColumnDefinitions[i].Alignment == MarkdownColumnAlign.Right
                    ? ColumnAlignment.Right
                    : ColumnAlignment.Left;
                columns.Add(new TableColumnText(CellText((MarkdownTableCell)header[i]), widths[i], alignment));
            }
            List<TemplateText>? totalRow = null;
            if (body.Count == 1)
            {
                totalRow = body[0].Cast<MarkdownTableCell>().Select(CellText).ToList();
                while (totalRow.Count < columns.Count)
                {
                    totalRow.Add(TemplateText.Plain("", At(body[0])));
                }
            }
            return new TablePart(
                name,
                Text(before[0].Inline, At(before[0])),
                Text(before[1].Inline, At(before[1])),
                columns,
                totalRow,
                notes,
                At(container));
        }

        /// <summary>Relative widths from the dashes of the separator line, as pandoc reads them; equal when unreadable.</summary>
        private double[] ColumnWidths(int separatorLine, int count)
        {
            var widths = Enumerable.Repeat(1.0, count).ToArray();
            if (separatorLine >= sourceLines.Length) return widths;
            var cells = sourceLines[separatorLine].Trim().Trim('|').Split('|');
            if (cells.Length != count) return widths;
            for (var i = 0; i < count; i++)
            {
                widths[i] = Math.Max(1, cells[i].Count(c => c == '-'));
            }
            return widths;
        }

        private TemplateText CellText(MarkdownTableCell cell)
        {
            var paragraph = cell.OfType<ParagraphBlock>().FirstOrDefault();
            return paragraph is null ? TemplateText.Plain("", At(cell)) : Text(paragraph.Inline, At(cell));
        }

        /// <summary>Flattens Markdown inlines into spans of one emphasis each; a line break inside a paragraph stays '\n' (it reads as a space).</summary>
        private TemplateText Text(ContainerInline? inline, SourceLocation at)
        {
            var spans = new List<TemplateSpan>();
            if (inline is not null)
            {
                Collect(inline, TextEmphasis.None, spans);
            }
            // Adjacent spans of the same emphasis are one: a placeholder must not be cut in two.
            var merged = new List<TemplateSpan>();
            foreach (var span in spans)
            {
                if (merged.Count > 0 && merged[^1].Emphasis == span.Emphasis)
                {
                    merged[^1] = merged[^1] with { Text = merged[^1].Text + span.Text };
                }
                else
                {
                    merged.Add(span);
                }
            }
            return new TemplateText(merged, at);
        }

        private void Collect(Inline inline, TextEmphasis emphasis, List<TemplateSpan> spans)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    spans.Add(new TemplateSpan(literal.Content.ToString(), emphasis, At(literal)));
                    break;
                case LineBreakInline:
                    // Kept as a line break so a placeholder's line can be told; it reads as a space.
                    spans.Add(new TemplateSpan("\n", emphasis, At(inline)));
                    break;
                case EmphasisInline emphasised:
                    var inner = emphasis | (emphasised.DelimiterCount >= 2 ? TextEmphasis.Bold : TextEmphasis.Italic);
                    foreach (var child in emphasised)
                    {
                        Collect(child, inner, spans);
                    }
                    break;
                case ContainerInline container:
                    foreach (var child in container)
                    {
                        Collect(child, emphasis, spans);
                    }
                    break;
                default:
                    spans.Add(new TemplateSpan(inline.ToString() ?? "", emphasis, At(inline)));
                    break;
            }
        }
    }
}
