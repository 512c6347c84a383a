using BedreBalance.Document;
using BedreBalance.Rendering.Pdf.Layout;

namespace BedreBalance.Rendering.Pdf;

/// <summary>
/// Turns the document model's blocks into layout elements: fonts, spacing and keep rules come in here;
/// what the letter says and in which order stays as the model has it.
/// </summary>
internal sealed class DocumentLayout(ITextMeasurer measurer, LetterTypography typography)
{
    private readonly LineBreaker lineBreaker = new(measurer);

    public IElement Build(LetterDocument document)
    {
        var items = new List<ColumnItem>();
        Block? previous = null;
        var headingLevel = 0;
        var tableCount = 0;
        foreach (var block in document.Blocks)
        {
            var gap = GapBefore(block, previous);
            switch (block)
            {
                case Heading heading:
                    headingLevel = Math.Clamp(heading.Level, 1, 6);
                    items.Add(new ColumnItem(HeadingElement(heading), gap, KeepWithNext: true));
                    break;
                case Paragraph paragraph:
                    items.Add(new ColumnItem(ParagraphElement(paragraph), gap));
                    break;
                case Signature signature:
                    items.Add(new ColumnItem(SignatureElement(signature, document.Page), gap));
                    break;
                case Table table:
                    // A table's bookmark sits under the heading it follows, as a caption would in an outline.
                    items.Add(new ColumnItem(TableElement(table, ++tableCount, headingLevel + 1, document.Page), gap));
                    break;
                default:
                    throw new ArgumentException($"The PDF renderer has no layout for a {block.GetType().Name}.", nameof(document));
            }
            previous = block;
        }
        return new Column(items);
    }

    private double GapBefore(Block block, Block? previous) => (block, previous) switch
    {
        (_, null) => 0,
        (Heading, _) => typography.GapBeforeLabel,
        (_, Heading) => typography.GapAfterLabel,
        (Table, _) or (_, Table) => typography.GapAroundTable,
        (Signature, _) => typography.GapBeforeSignature,
        _ => typography.ParagraphGap,
    };

    private IElement HeadingElement(Heading heading)
    {
        var isTitle = heading.Level <= 1;
        var font = isTitle ? typography.Title : typography.Label;
        var lineHeight = isTitle ? typography.TitleLineHeight : typography.BodyLineHeight;
        var title = string.Concat(heading.Runs.Select(r => r.Text)).Trim();
        return new Tagged(HeadingTag(heading.Level), Text(heading.Runs, font, lineHeight), bookmark: new Bookmark(title, heading.Level));
    }

    private IElement ParagraphElement(Paragraph paragraph)
    {
        var (font, lineHeight) = paragraph.Style == Styles.TableNote
            ? (typography.Note, typography.NoteLineHeight)
            : (typography.Body, typography.BodyLineHeight);
        // An empty paragraph is a blank line in the letter, not text for a screen reader.
        if (paragraph.Runs.All(r => string.IsNullOrWhiteSpace(r.Text))) return new VerticalSpace(lineHeight);
        // Prose is justified and hyphenated, as in the published letter; headings, cells and the signature are not.
        return new Tagged(StructureTag.Paragraph, Text(paragraph.Runs, font, lineHeight, TextAlignment.Justify));
    }

    private IElement SignatureElement(Signature signature, PageGeometry page)
    {
        IElement Line(string text) =>
            new Tagged(StructureTag.Paragraph, Text([new Run(text)], typography.Body, typography.BodyLineHeight));
        var lines = new Column(
        [
            new ColumnItem(Line(signature.Closing)),
            new ColumnItem(Line(signature.Name), typography.SignatureSpace),
            new ColumnItem(Line(signature.Title)),
        ]);
        return new Tagged(StructureTag.Division, new KeepTogether(lines, page.LargestTextHeight));
    }

    /// <param name="number">The table's place among the document's tables: its structure ids start with "tabel{number}".</param>
    private IElement TableElement(Table table, int number, int bookmarkLevel, PageGeometry page)
    {
        var columnCount = table.Columns.Count;
        foreach (var row in table.Body.Prepend(table.Header))
        {
            if (row.Cells.Count != columnCount)
            {
                throw new ArgumentException($"{table.Label}: a row has {row.Cells.Count} cells for {columnCount} columns.");
            }
        }
        var columns = table.Columns
            .Select(c => new TableColumn(c.RelativeWidth, c.Alignment == ColumnAlignment.Right ? TextAlignment.Right : TextAlignment.Left))
            .ToList();
        var caption = new List<TextBlock> { Text([new Run(table.Label)], typography.Label, typography.BodyLineHeight) };
        if (table.Subtitle.Any(r => !string.IsNullOrWhiteSpace(r.Text)))
        {
            caption.Add(Text(table.Subtitle, typography.Body, typography.BodyLineHeight));
        }
        var boldText = typography.TableText with { Face = FontFace.Bold };
        TextBlock[] Cells(TableRow row, FontSpec font)
        {
            var cells = new TextBlock[row.Cells.Count];
            for (var c = 0; c < cells.Length; c++)
            {
                cells[c] = Text(row.Cells[c].Runs, font, typography.TableLineHeight, columns[c].Alignment, isTableCell: true);
            }
            return cells;
        }
        var hasGroups = table.Body.Any(row => row.Kind == RowKind.Group);
        // A row is laid out when the page composer reaches it and let go once drawn (TableBody): the model's rows are
        // the letter's, held anyway; their text blocks need not be, all at once.
        TableRowBlocks Row(int i)
        {
            var row = table.Body[i];
            return new TableRowBlocks(
                RoleOf(row.Kind),
                Cells(row, row.Kind is RowKind.Group or RowKind.Total ? boldText : typography.TableText),
                HasRowHeader(row) ? row.Cells.Select(cell => cell.IsRowHeader).ToList() : null,
                // Space, not an empty row, sets a group apart from the rows above it; the total after grouped rows likewise.
                SpaceAbove: i > 0 && (row.Kind == RowKind.Group || (row.Kind == RowKind.Total && hasGroups)) ? typography.Table.GroupSpace : 0);
        }
        var body = new TableBody(table.Body.Count, Row);
        var idPrefix = "tabel" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var notes = new Column(table.Notes
            .Select((note, i) => new ColumnItem(
                new Tagged(StructureTag.Note, Text(note.Runs, typography.Note, typography.NoteLineHeight, TextAlignment.Justify),
                    new StructureAttributes(Id: $"{idPrefix}-anm{(i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)}")),
                i == 0 ? 0 : typography.NoteLineHeight / 4))
            .ToList());
        return new TableElement(caption, table.Name, bookmarkLevel, idPrefix, columns, Cells(table.Header, boldText), body, notes, typography.Table, page.LargestTextHeight);
    }

    private static bool HasRowHeader(TableRow row)
    {
        for (var c = 0; c < row.Cells.Count; c++)
        {
            if (row.Cells[c].IsRowHeader) return true;
        }
        return false;
    }

    private static TableRowRole RoleOf(RowKind kind) => kind switch
    {
        RowKind.Group => TableRowRole.Group,
        RowKind.Total => TableRowRole.Total,
        _ => TableRowRole.Data,
    };

    private static StructureTag HeadingTag(int level) => Math.Clamp(level, 1, 6) switch
    {
        1 => StructureTag.Heading1,
        2 => StructureTag.Heading2,
        3 => StructureTag.Heading3,
        4 => StructureTag.Heading4,
        5 => StructureTag.Heading5,
        _ => StructureTag.Heading6,
    };

    private TextBlock Text(IReadOnlyList<Run> runs, FontSpec font, double lineHeight, TextAlignment alignment = TextAlignment.Left, bool isTableCell = false)
    {
        var texts = new StyledText[runs.Count];
        for (var i = 0; i < texts.Length; i++)
        {
            var run = runs[i];
            texts[i] = new StyledText(
                run.Text,
                font with { Face = FontSpec.FaceOf(font.IsBold || run.IsBold, font.IsItalic || run.IsItalic) },
                run.IsSuperscript,
                run.IsNoteReference ? new InlineStructure(StructureTag.Reference) : null);
        }
        return new TextBlock(texts, lineHeight, lineBreaker, measurer, alignment, controlOrphansAndWidows: !isTableCell);
    }
}
