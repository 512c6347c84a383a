using BedreBalance.Rendering.Docx.Styling;
using DocumentFormat.OpenXml;
using Model = BedreBalance.Document;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace BedreBalance.Rendering.Docx.Body;

/// <summary>
/// Writes a model table as a real Word table: a Word caption (numbered by a SEQ field, so Word can refer to the
/// table and list it), a fixed grid in twips, header rows Word repeats on every page, rows that never split, no empty
/// rows (space above a group comes from paragraph spacing), and the notes below as their own paragraphs. The table's
/// title and description are what a screen reader announces.
/// The caption is the table's first row, one cell across the table, repeated with the column header on every page
/// the table continues on: the published letter and the PDF repeat "Tabel 1" and its subtitle there, and a caption
/// that Word showed only once would give Word ~37 pt more room on every continuation page, so its pages would break
/// rows apart from the PDF's.
/// </summary>
internal static class TableWriter
{
    /// <summary>
    /// Space above a group row, and above the total after grouped rows: 8 pt, as the PDF sets it, on top of the cell's
    /// 2.5 pt padding (TableText's 50 twips before and after), which a paragraph's own spacing replaces.
    /// </summary>
    private const int GroupSpaceTwips = 160 + 50;

    /// <summary>
    /// A rule takes room in LibreOffice's layout (0.5 pt, half a point's 10 twips) where the PDF draws it over the
    /// space; the paragraph below or above a rule gives that room back, so rows keep the PDF's 17.5 pt pitch.
    /// </summary>
    private const int RuleTwips = 10;

    /// <summary>TableText's padding below a cell's text: 2.5 pt.</summary>
    private const int CellPaddingTwips = 50;

    public static IEnumerable<OpenXmlElement> Write(Model.Table table, int textWidthTwips)
    {
        var widths = Units.Distribute(textWidthTwips, table.Columns.Select(c => c.RelativeWidth).ToList());
        var element = new W.Table(Properties(widths.Sum(), table.Name, table.Description), Grid(widths));
        element.Append(CaptionRow(table, widths.Sum(), widths.Length));
        // keepNext keeps the header, a region's heading row, and a last row with notes under it from being
        // stranded at the foot of a page apart from what they belong to.
        // The header row ends in a rule; its cells give the rule's room back.
        element.Append(Row(table.Header, table.Columns, widths, isHeader: true, keepNext: true, spaceAfter: CellPaddingTwips - RuleTwips, forceBold: true));
        var hasGroups = table.Body.Any(row => row.Kind == Model.RowKind.Group);
        for (var i = 0; i < table.Body.Count; i++)
        {
            var row = table.Body[i];
            var keepNext = row.Kind == Model.RowKind.Group || (i == table.Body.Count - 1 && table.Notes.Count > 0);
            // The total's rule sits on its top edge, so the space before it goes below the row above, not inside it.
            var spaceBefore = i > 0 && row.Kind == Model.RowKind.Group ? GroupSpaceTwips : 0;
            var spaceAfter = hasGroups && i + 1 < table.Body.Count && table.Body[i + 1].Kind == Model.RowKind.Total ? GroupSpaceTwips - RuleTwips : 0;
            element.Append(Row(row, table.Columns, widths, isHeader: false, keepNext, spaceBefore, spaceAfter));
        }
        yield return element;

        for (var i = 0; i < table.Notes.Count; i++)
        {
            var note = table.Notes[i];
            // The gap between the table's rule and its notes; the notes' style spaces them among themselves.
            yield return Paragraphs.Styled(StyleIds.ForParagraph(note.Style), RunWriter.Runs(note.Runs),
                spaceBeforeTwips: i == 0 ? BlockSpacing.BeforeNotesTwips : 0);
        }
    }

    /// <summary>
    /// "Tabel 1" as Word writes an inserted caption: the sequence's name, then a SEQ field whose last result is the
    /// number. A label without a number stays plain text.
    /// </summary>
    private static IEnumerable<OpenXmlElement> CaptionLabel(Model.Table table)
    {
        if (table.Number is not { } number)
        {
            return [RunWriter.PlainRun(table.Label)];
        }
        var value = number.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return
        [
            RunWriter.PlainRun(number.Sequence + " "),
            new W.SimpleField(RunWriter.PlainRun(value)) { Instruction = $" SEQ {number.Sequence} \\* ARABIC " },
        ];
    }

    /// <summary>
    /// The caption as a header row: "Tabel 1" (Caption) and the subtitle (CaptionSubtitle) in one cell across the
    /// table, flush with the text's margins, with the rule above the column header as its bottom border.
    /// </summary>
    private static W.TableRow CaptionRow(Model.Table table, int widthTwips, int columnCount)
    {
        var properties = new W.TableCellProperties(new W.TableCellWidth { Width = Invariant(widthTwips), Type = W.TableWidthUnitValues.Dxa });
        if (columnCount > 1) properties.GridSpan = new W.GridSpan { Val = columnCount };
        properties.TableCellBorders = new W.TableCellBorders(new W.BottomBorder { Val = W.BorderValues.Single, Size = 4, Space = 0, Color = "auto" });
        properties.TableCellMargin = new W.TableCellMargin(
            new W.LeftMargin { Width = "0", Type = W.TableWidthUnitValues.Dxa },
            new W.RightMargin { Width = "0", Type = W.TableWidthUnitValues.Dxa });
        var cell = new W.TableCell(properties, Paragraphs.Styled(StyleIds.Caption, CaptionLabel(table), keepNext: true));
        // As in the PDF, a table without a subtitle has no second caption line.
        if (table.Subtitle.Any(r => !string.IsNullOrWhiteSpace(r.Text)))
        {
            cell.Append(Paragraphs.Styled(StyleIds.CaptionSubtitle, RunWriter.Runs(table.Subtitle), keepNext: true));
        }
        return new W.TableRow(new W.TableRowProperties(new W.CantSplit(), new W.TableHeader()), cell);
    }

    /// <summary>Word's "Alt Text": title and description, which screen readers and Word's PDF export announce.</summary>
    private static W.TableProperties Properties(int widthTwips, string caption, string description) => new(
        new W.TableStyle { Val = StyleIds.LetterTable },
        new W.TableWidth { Width = Invariant(widthTwips), Type = W.TableWidthUnitValues.Dxa },
        new W.TableLayout { Type = W.TableLayoutValues.Fixed },
        // No conditional formatting: the first row is the caption, and the column header is bold and ruled directly; bands would shade data rows.
        new W.TableLook { Val = "0600", FirstRow = false, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true },
        new W.TableCaption { Val = caption },
        new W.TableDescription { Val = description });

    private static W.TableGrid Grid(int[] widths) =>
        new(widths.Select(w => new W.GridColumn { Width = Invariant(w) }));

    private static W.TableRow Row(Model.TableRow row, IReadOnlyList<Model.ColumnSpec> columns, int[] widths, bool isHeader, bool keepNext, int spaceBefore = 0, int spaceAfter = 0, bool forceBold = false)
    {
        if (row.Cells.Count != columns.Count)
        {
            throw new ArgumentException($"A {row.Kind} row has {row.Cells.Count} cells; the table has {columns.Count} columns.");
        }
        var properties = new W.TableRowProperties(new W.CantSplit());
        if (isHeader)
        {
            properties.Append(new W.TableHeader());
        }
        var element = new W.TableRow(properties);
        var bold = forceBold || row.Kind is Model.RowKind.Group or Model.RowKind.Total;
        var ruleAbove = !isHeader && row.Kind == Model.RowKind.Total;
        for (var i = 0; i < columns.Count; i++)
        {
            var alignment = columns[i].Alignment == Model.ColumnAlignment.Right ? W.JustificationValues.Right : (W.JustificationValues?)null;
            var paragraph = Paragraphs.Styled(StyleIds.TableText, RunWriter.Runs(row.Cells[i].Runs, bold), alignment, keepNext, spaceBefore, spaceAfter);
            element.Append(new W.TableCell(CellProperties(widths[i], ruleAbove, ruleBelow: isHeader, first: i == 0, last: i == columns.Count - 1), paragraph));
        }
        return element;
    }

    private static W.TableCellProperties CellProperties(int widthTwips, bool ruleAbove, bool ruleBelow, bool first, bool last)
    {
        var properties = new W.TableCellProperties(new W.TableCellWidth { Width = Invariant(widthTwips), Type = W.TableWidthUnitValues.Dxa });
        if (ruleAbove)
        {
            properties.TableCellBorders = new W.TableCellBorders(new W.TopBorder { Val = W.BorderValues.Single, Size = 4, Space = 0, Color = "auto" });
        }
        else if (ruleBelow)
        {
            properties.TableCellBorders = new W.TableCellBorders(new W.BottomBorder { Val = W.BorderValues.Single, Size = 4, Space = 0, Color = "auto" });
        }
        // Cells are padded between columns only (LetterTable's 6 pt), as in the PDF: the table's text lines up with
        // the body's margins and wraps at the PDF's widths.
        if (first || last)
        {
            var margin = new W.TableCellMargin();
            if (first) margin.LeftMargin = new W.LeftMargin { Width = "0", Type = W.TableWidthUnitValues.Dxa };
            if (last) margin.RightMargin = new W.RightMargin { Width = "0", Type = W.TableWidthUnitValues.Dxa };
            properties.TableCellMargin = margin;
        }
        return properties;
    }

    private static string Invariant(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
