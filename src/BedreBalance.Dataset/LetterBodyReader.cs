using BedreBalance.Domain;
using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MarkdownColumnAlign = Markdig.Extensions.Tables.TableColumnAlign;
using MarkdownTable = Markdig.Extensions.Tables.Table;
using MarkdownTableCell = Markdig.Extensions.Tables.TableCell;
using MarkdownTableRow = Markdig.Extensions.Tables.TableRow;

namespace BedreBalance.Dataset;

/// <summary>
/// The letter's text in brev.md after the front matter: Markdown with <c>::: tabel1</c> … <c>:::</c> blocks where the
/// tables go and <c>::: hilsen</c> for the closing.
/// </summary>
internal static class LetterBodyReader
{
    public const string SignatureBlock = "hilsen";

    private static readonly MarkdownPipeline Pipeline = BuildPipeline();

    /// <param name="firstLine">The file's line number of the Markdown's first line, for diagnostics.</param>
    public static List<LetterPart> Read(string markdown, string fileName, int firstLine, List<Diagnostic> diagnostics)
    {
        if (!WithinEmphasisLimit(markdown, fileName, firstLine, diagnostics))
        {
            return [];
        }
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(markdown, Pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig's own stop for nesting beyond 128 levels ([[[[…, > > > …): a problem of the text, not of the program.
            diagnostics.Add(Diagnostic.Error(new SourceLocation(fileName, firstLine), null, ReadingMessages.MarkdownTooDeep));
            return [];
        }
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

    // Markdown the letter cannot print (bullet lists, quotes, code, HTML, links, images, entities) is recognised, so
    // that it is refused by name instead of printed as its raw characters. Numbered lists are not recognised: a
    // Danish sentence or a note may well start a line with "1. " or "2) ".
    private static MarkdownPipeline BuildPipeline()
    {
        var builder = new MarkdownPipelineBuilder().UsePipeTables().UseCustomContainers();
        foreach (var lists in builder.BlockParsers.OfType<ListBlockParser>())
        {
            lists.ItemParsers.RemoveAll(parser => parser is NumberedListItemParser);
        }
        return builder.Build();
    }

    /// <summary>
    /// Emphasis nests as deep as its markers allow, and reading it recurses: a paragraph may hold at most
    /// <see cref="DatasetLimits.MaximumEmphasisMarkers"/> markers (* or _), checked before Markdig parses it.
    /// </summary>
    private static bool WithinEmphasisLimit(string markdown, string fileName, int firstLine, List<Diagnostic> diagnostics)
    {
        var within = true;
        var markers = 0;
        var paragraphStart = 0;
        var line = 0;
        var lineStart = 0;
        for (var i = 0; i <= markdown.Length; i++)
        {
            if (i < markdown.Length && markdown[i] != '\n')
            {
                if (markdown[i] is '*' or '_') markers++;
                continue;
            }
            if (OpensTooManyContainers(markdown.AsSpan(lineStart, i - lineStart)))
            {
                diagnostics.Add(Diagnostic.Error(new SourceLocation(fileName, firstLine + line), null, ReadingMessages.MarkdownTooDeep));
                return false;
            }
            var blank = markdown.AsSpan(lineStart, i - lineStart).IsWhiteSpace();
            if (blank || i == markdown.Length)
            {
                if (markers > DatasetLimits.MaximumEmphasisMarkers)
                {
                    diagnostics.Add(Diagnostic.Error(new SourceLocation(fileName, firstLine + paragraphStart), null, ReadingMessages.TooMuchEmphasis(markers)));
                    within = false;
                }
                markers = 0;
                paragraphStart = line + 1;
            }
            line++;
            lineStart = i + 1;
        }
        return within;
    }

    /// <summary>
    /// Whether a line opens containers deeper than the text may nest: more than
    /// <see cref="DatasetLimits.MaximumNestingDepth"/> quotation or list markers ("> ", "- ", "* ", "+ ") in a row, or
    /// such a marker indented by more than <see cref="DatasetLimits.MaximumIndentation"/> columns, which is how list
    /// items nest one a line. Markdig stops only at 128 levels, and took seconds of CPU to get there through a
    /// thousand items nested by indentation.
    /// </summary>
    private static bool OpensTooManyContainers(ReadOnlySpan<char> line)
    {
        var markers = 0;
        var column = 0;
        var i = 0;
        while (true)
        {
            for (; i < line.Length && line[i] is ' ' or '\t'; i++)
            {
                column = line[i] == '\t' ? column + 4 - (column % 4) : column + 1;
            }
            var width = i < line.Length && line[i] == '>' ? 1 : i + 1 < line.Length && line[i] is '-' or '*' or '+' && line[i + 1] == ' ' ? 2 : 0;
            if (width == 0)
            {
                return false;
            }
            if (++markers > DatasetLimits.MaximumNestingDepth || column > DatasetLimits.MaximumIndentation)
            {
                return true;
            }
            i += width;
            column += width;
        }
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
                    Unsupported(block, DatasetText.Get("AtTopLevel"));
                    return null;
            }
        }

        private void Unsupported(Block block, string where)
        {
            var what = block switch
            {
                HeadingBlock heading => DatasetText.Format("BlockHeading", heading.Level),
                MarkdownTable => DatasetText.Get("BlockTable"),
                ThematicBreakBlock => DatasetText.Get("BlockThematicBreak"),
                ListBlock => DatasetText.Get("BlockList"),
                QuoteBlock => DatasetText.Get("BlockQuote"),
                FencedCodeBlock => DatasetText.Get("BlockFencedCode"),
                CodeBlock => DatasetText.Get("BlockIndentedCode"),
                HtmlBlock => DatasetText.Get("BlockHtml"),
                _ => DatasetText.Get("BlockOther"),
            };
            diagnostics.Add(Diagnostic.Error(At(block), null, DatasetText.Format("LetterCannotHoldBlock", what, where)));
        }

        private LetterPart? ReadContainer(CustomContainer container)
        {
            var name = (container.Info ?? "").Trim();
            if (name == SignatureBlock)
            {
                return ReadSignature(container);
            }
            if (DatasetTable.Find(name) is { } table)
            {
                return ReadTable(table, container);
            }
            diagnostics.Add(Diagnostic.Error(At(container), null,
                DatasetText.Format("NoSuchBlock", name, string.Join(", ", DatasetTable.All.Select(t => t.Name).Append(SignatureBlock)))));
            return null;
        }

        private SignaturePart? ReadSignature(CustomContainer container)
        {
            var paragraphs = container.OfType<ParagraphBlock>().ToList();
            if (paragraphs.Count != 3 || container.Count != 3)
            {
                diagnostics.Add(Diagnostic.Error(At(container), SignatureBlock,
                    DatasetText.Get("ClosingShape")));
                return null;
            }
            return new SignaturePart(
                Text(paragraphs[0].Inline, At(paragraphs[0])),
                Text(paragraphs[1].Inline, At(paragraphs[1])),
                Text(paragraphs[2].Inline, At(paragraphs[2])),
                At(container));
        }

        private TablePart? ReadTable(DatasetTable datasetTable, CustomContainer container)
        {
            var name = datasetTable.Name;
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
                        Unsupported(block, DatasetText.Format("InBlock", name));
                        return null;
                }
            }
            if (before.Count != 2 || table is null)
            {
                diagnostics.Add(Diagnostic.Error(At(container), name,
                    DatasetText.Get("TableBlockShape")));
                return null;
            }
            var rows = table.OfType<MarkdownTableRow>().ToList();
            var header = rows.FirstOrDefault(row => row.IsHeader);
            var body = rows.Where(row => !row.IsHeader).ToList();
            if (header is null)
            {
                diagnostics.Add(Diagnostic.Error(At(table), name, DatasetText.Get("TableNoHeader")));
                return null;
            }
            if (body.Count > 1)
            {
                diagnostics.Add(Diagnostic.Error(At(body[1]), name,
                    DatasetText.Get("TableOneBodyRow")));
                return null;
            }
            var widths = ColumnWidths(table.Line + 1, header.Count);
            var columns = new List<TableColumnText>();
            for (var i = 0; i < header.Count; i++)
            {
                var alignment = i < table.ColumnDefinitions.Count && table.ColumnDefinitions[i].Alignment == MarkdownColumnAlign.Right
                    ? Document.ColumnAlignment.Right
                    : Document.ColumnAlignment.Left;
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
                datasetTable,
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
            // Adjacent spans of the same emphasis are one: a placeholder must not be cut in two. Joined with a
            // builder, so a paragraph of many pieces costs linear time.
            var merged = new List<TemplateSpan>();
            var text = new System.Text.StringBuilder();
            var runStart = 0;
            for (var i = 0; i < spans.Count; i++)
            {
                text.Append(spans[i].Text);
                if (i + 1 == spans.Count || spans[i + 1].Emphasis != spans[i].Emphasis)
                {
                    merged.Add(spans[runStart] with { Text = text.ToString() });
                    text.Clear();
                    runStart = i + 1;
                }
            }
            return new TemplateText(merged, at);
        }

        private static string UnsupportedInline(Inline inline) => inline switch
        {
            LinkInline { IsImage: true } => DatasetText.Get("InlineImage"),
            LinkInline or AutolinkInline => DatasetText.Get("InlineLink"),
            CodeInline => DatasetText.Get("InlineCode"),
            HtmlInline => DatasetText.Get("InlineHtml"),
            _ => DatasetText.Get("InlineEntity"),
        };

        private void Collect(Inline inline, TextEmphasis emphasis, List<TemplateSpan> spans)
        {
            switch (inline)
            {
                // Before the containers: a link is a container of its text.
                case LinkInline or AutolinkInline or CodeInline or HtmlInline or HtmlEntityInline:
                    diagnostics.Add(Diagnostic.Error(At(inline), null, DatasetText.Format("LetterCannotHoldInline", UnsupportedInline(inline))));
                    break;
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
