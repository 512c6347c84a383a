using BedreBalance.Rendering.Docx.Styling;
using Model = BedreBalance.Document;

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

    /// <summary>
    /// The table and the notes below it, for the body's plan. Every row's width is checked here, before the package
    /// is begun, so that a table Word cannot show is refused without a byte written; the rows themselves stay in the
    /// model until <see cref="Write"/> writes them.
    /// </summary>
    public static List<BodyItem> Plan(Model.Table table, int textWidthTwips)
    {
        var widths = Units.Distribute(textWidthTwips, table.Columns.Select(c => c.RelativeWidth).ToList());
        CheckWidth(table.Header, table.Columns.Count);
        foreach (var row in table.Body)
        {
            CheckWidth(row, table.Columns.Count);
        }
        var items = new List<BodyItem> { new TableItem(table, widths) };
        for (var i = 0; i < table.Notes.Count; i++)
        {
            var note = table.Notes[i];
            // The gap between the table's rule and its notes; the notes' style spaces them among themselves.
            var format = ParagraphFormat.Styled(StyleIds.ForParagraph(note.Style), spaceBeforeTwips: i == 0 ? BlockSpacing.BeforeNotesTwips : 0);
            items.Add(new ParagraphItem(format, [new Inline.Runs(note.Runs)]));
        }
        return items;
    }

    /// <summary>Writes the table, one row after the other, straight from the model.</summary>
    public static void Write(WordXml xml, TableItem item)
    {
        var (table, widths) = (item.Table, item.Widths);
        var width = widths.Sum();
        // Each column's width as text once, not once a cell: at 100.000 rows those strings were two thirds of what the renderer allocated.
        var widthTexts = Array.ConvertAll(widths, w => w.ToString(System.Globalization.CultureInfo.InvariantCulture));
        xml.Start("tbl");
        Properties(xml, width, table.Name, table.Description);
        Grid(xml, widths);
        CaptionRow(xml, table, width, widths.Length);
        // keepNext keeps the header, a region's heading row, and a last row with notes under it from being
        // stranded at the foot of a page apart from what they belong to.
        // The header row ends in a rule; its cells give the rule's room back.
        Row(xml, table.Header, table.Columns, widthTexts, isHeader: true, keepNext: true, spaceAfter: CellPaddingTwips - RuleTwips, forceBold: true);
        var hasGroups = HasGroups(table.Body);
        for (var i = 0; i < table.Body.Count; i++)
        {
            var row = table.Body[i];
            var keepNext = row.Kind == Model.RowKind.Group || (i == table.Body.Count - 1 && table.Notes.Count > 0);
            // The total's rule sits on its top edge, so the space before it goes below the row above, not inside it.
            var spaceBefore = i > 0 && row.Kind == Model.RowKind.Group ? GroupSpaceTwips : 0;
            var spaceAfter = hasGroups && i + 1 < table.Body.Count && table.Body[i + 1].Kind == Model.RowKind.Total ? GroupSpaceTwips - RuleTwips : 0;
            Row(xml, row, table.Columns, widthTexts, isHeader: false, keepNext, spaceBefore, spaceAfter);
        }
        xml.End();
    }

    private static bool HasGroups(IReadOnlyList<Model.TableRow> rows)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Kind == Model.RowKind.Group) return true;
        }
        return false;
    }

    private static void CheckWidth(Model.TableRow row, int columns)
    {
        if (row.Cells.Count != columns)
        {
            throw new ArgumentException($"A {row.Kind} row has {row.Cells.Count} cells; the table has {columns} columns.");
        }
    }

    /// <summary>
    /// "Tabel 1" as Word writes an inserted caption: the sequence's name, then a SEQ field whose last result is the
    /// number. A label without a number stays plain text.
    /// </summary>
    private static void CaptionLabel(WordXml xml, Model.Table table)
    {
        if (table.Number is not { } number)
        {
            RunWriter.PlainRun(xml, table.Label);
            return;
        }
        RunWriter.PlainRun(xml, number.Sequence + " ");
        xml.Start("fldSimple");
        xml.Attribute("instr", $" SEQ {number.Sequence} \\* ARABIC ");
        RunWriter.PlainRun(xml, number.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        xml.End();
    }

    /// <summary>
    /// The caption as a header row: "Tabel 1" (Caption) and the subtitle (CaptionSubtitle) in one cell across the
    /// table, flush with the text's margins, with the rule above the column header as its bottom border.
    /// </summary>
    private static void CaptionRow(WordXml xml, Model.Table table, int widthTwips, int columnCount)
    {
        xml.Start("tr");
        RowProperties(xml, isHeader: true);
        xml.Start("tc");
        xml.Start("tcPr");
        xml.Width("tcW", widthTwips);
        if (columnCount > 1) xml.Empty("gridSpan", "val", columnCount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        xml.Start("tcBorders");
        xml.Rule("bottom");
        xml.End();
        xml.Start("tcMar");
        xml.Width("left", 0);
        xml.Width("right", 0);
        xml.End();
        xml.End();
        xml.Start("p");
        ParagraphFormat.Styled(StyleIds.Caption, keepNext: true).Write(xml);
        CaptionLabel(xml, table);
        xml.End();
        // As in the PDF, a table without a subtitle has no second caption line.
        if (table.Subtitle.Any(r => !string.IsNullOrWhiteSpace(r.Text)))
        {
            xml.Start("p");
            ParagraphFormat.Styled(StyleIds.CaptionSubtitle, keepNext: true).Write(xml);
            RunWriter.Runs(xml, table.Subtitle);
            xml.End();
        }
        xml.End();
        xml.End();
    }

    /// <summary>Word's "Alt Text": title and description, which screen readers and Word's PDF export announce.</summary>
    private static void Properties(WordXml xml, int widthTwips, string caption, string description)
    {
        xml.Start("tblPr");
        xml.Empty("tblStyle", "val", StyleIds.LetterTable);
        xml.Width("tblW", widthTwips);
        xml.Empty("tblLayout", "type", "fixed");
        // No conditional formatting: the first row is the caption, and the column header is bold and ruled directly; bands would shade data rows.
        xml.Start("tblLook");
        xml.Attribute("val", "0600");
        xml.Attribute("firstRow", "false");
        xml.Attribute("lastRow", "false");
        xml.Attribute("firstColumn", "false");
        xml.Attribute("lastColumn", "false");
        xml.Attribute("noHBand", "true");
        xml.Attribute("noVBand", "true");
        xml.End();
        xml.Empty("tblCaption", "val", caption);
        xml.Empty("tblDescription", "val", description);
        xml.End();
    }

    private static void Grid(WordXml xml, int[] widths)
    {
        xml.Start("tblGrid");
        foreach (var width in widths)
        {
            xml.Start("gridCol");
            xml.Attribute("w", width);
            xml.End();
        }
        xml.End();
    }

    /// <summary>Rows never split across pages; header rows repeat on every page.</summary>
    private static void RowProperties(WordXml xml, bool isHeader)
    {
        xml.Start("trPr");
        xml.Empty("cantSplit");
        if (isHeader) xml.Empty("tblHeader");
        xml.End();
    }

    private static void Row(WordXml xml, Model.TableRow row, IReadOnlyList<Model.ColumnSpec> columns, string[] widths, bool isHeader, bool keepNext, int spaceBefore = 0, int spaceAfter = 0, bool forceBold = false)
    {
        xml.Start("tr");
        RowProperties(xml, isHeader);
        var bold = forceBold || row.Kind is Model.RowKind.Group or Model.RowKind.Total;
        var ruleAbove = !isHeader && row.Kind == Model.RowKind.Total;
        for (var i = 0; i < columns.Count; i++)
        {
            xml.Start("tc");
            CellProperties(xml, widths[i], ruleAbove, ruleBelow: isHeader, first: i == 0, last: i == columns.Count - 1);
            xml.Start("p");
            var alignRight = columns[i].Alignment == Model.ColumnAlignment.Right;
            ParagraphFormat.Styled(StyleIds.TableText, keepNext, spaceBefore, spaceAfter, alignRight).Write(xml);
            RunWriter.Runs(xml, row.Cells[i].Runs, bold);
            xml.End();
            xml.End();
        }
        xml.End();
    }

    private static void CellProperties(WordXml xml, string widthTwips, bool ruleAbove, bool ruleBelow, bool first, bool last)
    {
        xml.Start("tcPr");
        xml.Width("tcW", widthTwips);
        if (ruleAbove || ruleBelow)
        {
            xml.Start("tcBorders");
            xml.Rule(ruleAbove ? "top" : "bottom");
            xml.End();
        }
        // Cells are padded between columns only (LetterTable's 6 pt), as in the PDF: the table's text lines up with
        // the body's margins and wraps at the PDF's widths.
        if (first || last)
        {
            xml.Start("tcMar");
            if (first) xml.Width("left", 0);
            if (last) xml.Width("right", 0);
            xml.End();
        }
        xml.End();
    }
}
