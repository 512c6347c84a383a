using BedreBalance.Rendering.Docx.Styling;
using DocumentFormat.OpenXml;
using Model = BedreBalance.Document;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace BedreBalance.Rendering.Docx.Body;

/// <summary>
/// Writes a model table as a real Word table: a Word caption (numbered by a SEQ field, so Word can refer to the
/// table and list it) kept with it, a fixed grid in twips, a header row Word repeats on every page, rows that never
/// split, no empty rows (space above a group comes from paragraph spacing), and the notes below as their own
/// paragraphs. The table's title and description are what a screen reader announces.
/// </summary>
internal static class TableWriter
{
    /// <summary>Space above a group row, and above the total after grouped rows: 8 pt, as the PDF sets it.</summary>
    private const int GroupSpaceTwips = 160;

    public static IEnumerable<OpenXmlElement> Write(Model.Table table, int textWidthTwips)
    {
        // Caption style carries keepNext, which ties the caption to the table's first row.
        yield return Paragraphs.Styled(StyleIds.Caption, CaptionLabel(table));
        yield return Paragraphs.Styled(StyleIds.CaptionSubtitle, RunWriter.Runs(table.Subtitle));

        var widths = Units.Distribute(textWidthTwips, table.Columns.Select(c => c.RelativeWidth).ToList());
        var element = new W.Table(Properties(widths.Sum(), table.Name, table.Description), Grid(widths));
        // keepNext keeps the header, a region's heading row, and a last row with notes under it from being
        // stranded at the foot of a page apart from what they belong to.
        element.Append(Row(table.Header, table.Columns, widths, isHeader: true, keepNext: true));
        var hasGroups = table.Body.Any(row => row.Kind == Model.RowKind.Group);
        for (var i = 0; i < table.Body.Count; i++)
        {
            var row = table.Body[i];
            var keepNext = row.Kind == Model.RowKind.Group || (i == table.Body.Count - 1 && table.Notes.Count > 0);
            // The total's rule sits on its top edge, so the space before it goes below the row above, not inside it.
            var spaceBefore = i > 0 && row.Kind == Model.RowKind.Group ? GroupSpaceTwips : 0;
            var spaceAfter = hasGroups && i + 1 < table.Body.Count && table.Body[i + 1].Kind == Model.RowKind.Total ? GroupSpaceTwips : 0;
            element.Append(Row(row, table.Columns, widths, isHeader: false, keepNext, spaceBefore, spaceAfter));
        }
        yield return element;

        foreach (var note in table.Notes)
        {
            yield return Paragraphs.Styled(StyleIds.ForParagraph(note.Style), RunWriter.Runs(note.Runs));
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

    /// <summary>Word's "Alt Text": title and description, which screen readers and Word's PDF export announce.</summary>
    private static W.TableProperties Properties(int widthTwips, string caption, string description) => new(
        new W.TableStyle { Val = StyleIds.LetterTable },
        new W.TableWidth { Width = Invariant(widthTwips), Type = W.TableWidthUnitValues.Dxa },
        new W.TableLayout { Type = W.TableLayoutValues.Fixed },
        // Only the header row takes the table style's conditional formatting; bands would shade data rows.
        new W.TableLook { Val = "0620", FirstRow = true, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true },
        new W.TableCaption { Val = caption },
        new W.TableDescription { Val = description });

    private static W.TableGrid Grid(int[] widths) =>
        new(widths.Select(w => new W.GridColumn { Width = Invariant(w) }));

    private static W.TableRow Row(Model.TableRow row, IReadOnlyList<Model.ColumnSpec> columns, int[] widths, bool isHeader, bool keepNext, int spaceBefore = 0, int spaceAfter = 0)
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
        var bold = row.Kind is Model.RowKind.Group or Model.RowKind.Total;
        var ruleAbove = row.Kind == Model.RowKind.Total;
        for (var i = 0; i < columns.Count; i++)
        {
            var alignment = columns[i].Alignment == Model.ColumnAlignment.Right ? W.JustificationValues.Right : (W.JustificationValues?)null;
            var paragraph = Paragraphs.Styled(StyleIds.TableText, RunWriter.Runs(row.Cells[i].Runs, bold), alignment, keepNext, spaceBefore, spaceAfter);
            element.Append(new W.TableCell(CellProperties(widths[i], ruleAbove), paragraph));
        }
        return element;
    }

    private static W.TableCellProperties CellProperties(int widthTwips, bool ruleAbove)
    {
        var properties = new W.TableCellProperties(new W.TableCellWidth { Width = Invariant(widthTwips), Type = W.TableWidthUnitValues.Dxa });
        if (ruleAbove)
        {
            properties.Append(new W.TableCellBorders(new W.TopBorder { Val = W.BorderValues.Single, Size = 4, Space = 0, Color = "auto" }));
        }
        return properties;
    }

    private static string Invariant(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
