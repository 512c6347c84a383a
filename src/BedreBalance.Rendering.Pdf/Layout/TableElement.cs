namespace BedreBalance.Rendering.Pdf.Layout;

/// <summary>
/// A captioned table that flows across pages. Each page it occupies starts with the caption and the
/// header row (the first time as content, afterwards as artifacts), then as many whole rows as fit;
/// the notes follow the last row. The caption is never left without a row under it, a group row never
/// ends a page, the total stays with the row before it, and a row is split only if a page cannot hold it.
/// Tagged as a screen reader needs it (see <see cref="TableTop"/> for caption and header): a row's header cells have
/// row scope and an id, every cell lists in its headers its column's header, its row's header and the header of the
/// group row above it. Ids start with <paramref name="idPrefix"/>, unique per table.
/// </summary>
internal sealed class TableElement(
    IReadOnlyList<TextBlock> caption,
    string name,
    int bookmarkLevel,
    string idPrefix,
    IReadOnlyList<TableColumn> columns,
    IReadOnlyList<TextBlock> header,
    TableBody body,
    IElement notes,
    TableStyle style,
    double pageHeight) : IElement
{
    private readonly TableGrid grid = new(columns, style);
    private readonly string[] columnHeaderIds = ColumnHeaderIds(idPrefix, header.Count);
    /// <summary>Caption and header: tagged on the table's first page, an artifact on every later one.</summary>
    private readonly RepeatedContentAsArtifact top = new(new TableTop(
        caption, new Bookmark(name, bookmarkLevel), header, ColumnHeaderIds(idPrefix, header.Count), new TableGrid(columns, style)));
    /// <summary>
    /// The attributes of a data cell without row headers, by column, under the current group: every such cell of a group
    /// says the same, so they are made once a group, not once a cell.
    /// </summary>
    private readonly StructureAttributes?[] groupCellAttributes = new StructureAttributes?[columns.Count];
    private int nextRow;
    /// <summary>The id of the header cell of the group row the rows being drawn belong to.</summary>
    private string? groupHeaderId;
    private bool tableOpen;
    private bool rowOpen;
    private bool rowsClosed;

    public bool IsComplete => rowsClosed && notes.IsComplete;

    /// <summary>Rows (or, for a table without body rows, its caption and header) still to draw.</summary>
    private bool RowsPending => !rowsClosed && (nextRow < body.Count || !tableOpen);

    /// <summary>The rows that go on a page: [Start, End) whole, plus the row at End in part when <see cref="SplitRow"/>.</summary>
    private readonly record struct Segment(int Start, int End, bool SplitRow, double Height);

    public SpacePlan Measure(double width, double availableHeight)
    {
        if (!RowsPending) return MeasureNotesAlone(width, availableHeight);
        var topHeight = TopHeight(width);
        var segment = PlanRows(width, availableHeight - topHeight);
        if (segment is null) return SpacePlan.Wrap;
        var height = topHeight + segment.Value.Height;
        if (segment.Value.End < body.Count || segment.Value.SplitRow) return SpacePlan.Partial(height);
        var notesPlan = notes.Measure(width, availableHeight - height - style.NotesGap);
        return notesPlan.Kind switch
        {
            SpaceKind.Full => SpacePlan.Full(height + style.NotesGap + notesPlan.Height),
            SpaceKind.Partial => SpacePlan.Partial(height + style.NotesGap + notesPlan.Height),
            _ => SpacePlan.Partial(height),
        };
    }

    private SpacePlan MeasureNotesAlone(double width, double availableHeight) =>
        notes.IsComplete ? SpacePlan.Full(0) : notes.Measure(width, availableHeight);

    public void Draw(ICanvas canvas, double x, double y, double width, double availableHeight)
    {
        if (!RowsPending)
        {
            CloseRows(canvas);
            if (!notes.IsComplete) notes.Draw(canvas, x, y, width, availableHeight);
            return;
        }
        var topHeight = TopHeight(width);
        var segment = PlanRows(width, availableHeight - topHeight)
            ?? throw new InvalidOperationException("Table drawn where it does not fit; measure first.");
        top.Draw(canvas, x, y, width, topHeight);
        tableOpen = true;
        var cursor = y + topHeight;
        var widths = grid.ColumnWidths(width);
        for (var i = segment.Start; i < segment.End; i++)
        {
            cursor += DrawRow(canvas, i, x, cursor, widths, width, double.PositiveInfinity);
            nextRow = i + 1;
        }
        if (segment.SplitRow)
        {
            var row = body[segment.End];
            DrawRow(canvas, segment.End, x, cursor, widths, width, availableHeight - (cursor - y));
            if (IsDrawn(row)) nextRow = segment.End + 1;
        }
        // What is drawn is never measured again: its text blocks go, and with them the lines they broke.
        body.LetGoBefore(nextRow);
        if (segment.SplitRow) return;
        if (nextRow < body.Count) return;
        DrawBottomRule(canvas, x, cursor, width);
        CloseRows(canvas);
        var used = cursor - y + style.NotesGap;
        if (notes.Measure(width, availableHeight - used).Kind != SpaceKind.Wrap)
        {
            notes.Draw(canvas, x, y + used, width, availableHeight - used);
        }
    }

    private void CloseRows(ICanvas canvas)
    {
        if (rowsClosed) return;
        if (tableOpen) canvas.EndStructure();
        rowsClosed = true;
    }

    /// <summary>Caption, gap and header row: the slot every page of the table starts with.</summary>
    private double TopHeight(double width) => top.Measure(width, double.PositiveInfinity).Height;

    private static string[] ColumnHeaderIds(string prefix, int columns) =>
        [.. Enumerable.Range(1, columns).Select(column => $"{prefix}-k{column.ToString(System.Globalization.CultureInfo.InvariantCulture)}")];

    private string RowHeaderId(int row, int column) => $"{idPrefix}-r{row + 1}-k{column + 1}";

    /// <summary>The cell's tag and attributes: a row header is a TH with row scope, every cell lists the headers it falls under.</summary>
    private (StructureTag Tag, StructureAttributes Attributes) CellStructure(int rowIndex, int column, bool continued)
    {
        var row = body[rowIndex];
        if (row.Role == TableRowRole.Data && row.RowHeaders is null)
        {
            return (StructureTag.TableDataCell, groupCellAttributes[column] ??= new StructureAttributes(Headers: Headers(row, rowIndex, column)));
        }
        var headers = Headers(row, rowIndex, column);
        if (row.IsRowHeader(column))
        {
            // The second part of a row split over two pages is a cell of its own; its id must stay unique.
            return (StructureTag.TableHeaderCell, new StructureAttributes(Id: continued ? null : RowHeaderId(rowIndex, column), Scope: HeaderScope.Row, Headers: headers));
        }
        return (StructureTag.TableDataCell, new StructureAttributes(Headers: headers));
    }

    /// <summary>The header cells a cell falls under: its column's, its group's (a data row's) and its row's.</summary>
    private List<string> Headers(TableRowBlocks row, int rowIndex, int column)
    {
        var headers = new List<string>();
        if (column < header.Count) headers.Add(columnHeaderIds[column]);
        if (row.Role == TableRowRole.Data && groupHeaderId is not null) headers.Add(groupHeaderId);
        for (var c = 0; c < row.Cells.Count; c++)
        {
            if (c != column && row.IsRowHeader(c)) headers.Add(RowHeaderId(rowIndex, c));
        }
        return headers;
    }

    private static bool IsDrawn(TableRowBlocks row)
    {
        for (var c = 0; c < row.Cells.Count; c++)
        {
            if (!row.Cells[c].IsComplete) return false;
        }
        return true;
    }

    private double DrawRow(ICanvas canvas, int rowIndex, double x, double y, double[] widths, double width, double availableHeight)
    {
        var row = body[rowIndex];
        var gap = row.SpaceAbove;
        var height = RowHeight(row, widths);
        y += gap;
        availableHeight -= gap;
        if (row.Role == TableRowRole.Total) TableGrid.DrawRules(canvas, x, width, (y, style.RuleThickness));
        var continued = rowOpen;
        if (!rowOpen) canvas.BeginStructure(StructureTag.TableRow);
        rowOpen = true;
        if (row.Role is TableRowRole.Group or TableRowRole.Total)
        {
            var first = row.Role == TableRowRole.Group ? FirstRowHeader(row) : -1;
            groupHeaderId = first >= 0 ? RowHeaderId(rowIndex, first) : null;
            Array.Clear(groupCellAttributes);
        }
        var cellX = x;
        var textRoom = availableHeight - 2 * style.CellPaddingVertical;
        for (var c = 0; c < row.Cells.Count; c++)
        {
            var (tag, attributes) = CellStructure(rowIndex, c, continued);
            canvas.BeginStructure(tag, attributes);
            var cell = row.Cells[c];
            var cellWidth = grid.CellTextWidth(c, widths);
            if (cell.Measure(cellWidth, textRoom).Kind != SpaceKind.Wrap)
            {
                cell.Draw(canvas, cellX + grid.CellInsetLeft(c), y + style.CellPaddingVertical, cellWidth, textRoom);
            }
            canvas.EndStructure();
            cellX += widths[c];
        }
        if (IsDrawn(row))
        {
            canvas.EndStructure();
            rowOpen = false;
        }
        return height;
    }

    private static int FirstRowHeader(TableRowBlocks row)
    {
        for (var c = 0; c < row.Cells.Count; c++)
        {
            if (row.IsRowHeader(c)) return c;
        }
        return -1;
    }

    private void DrawBottomRule(ICanvas canvas, double x, double y, double width) =>
        TableGrid.DrawRules(canvas, x, width, (y, style.FrameRuleThickness));

    /// <summary>Which rows fit under the top slot; null when not even the first row can start here.</summary>
    private Segment? PlanRows(double width, double space)
    {
        if (space < 0) return null;
        var widths = grid.ColumnWidths(width);
        var start = nextRow;
        if (start == body.Count) return new Segment(start, start, false, 0);
        double used = 0;
        var end = start;
        var heights = new List<double>();
        while (end < body.Count)
        {
            var h = RowHeight(body[end], widths);
            if (used + h > space + LayoutTolerance.Epsilon) break;
            heights.Add(h);
            used += h;
            end++;
        }
        if (end < body.Count)
        {
            end = TrimEnd(start, end);
        }
        if (end > start)
        {
            return new Segment(start, end, false, heights.Take(end - start).Sum());
        }
        // Nothing whole fits. A row taller than any page is split; any other row waits for the next page.
        var firstRowHeight = RowHeight(body[start], widths);
        var pageRoom = pageHeight - TopHeight(width);
        return firstRowHeight > pageRoom + LayoutTolerance.Epsilon && space >= pageRoom - LayoutTolerance.Epsilon
            ? new Segment(start, start, true, space)
            : null;
    }

    /// <summary>Moves group rows that would end a page, and a lone total, over to the next page.</summary>
    private int TrimEnd(int start, int end)
    {
        if (end < body.Count && body[end].Role == TableRowRole.Total && end - 1 > start) end--;
        while (end > start && body[end - 1].Role == TableRowRole.Group) end--;
        return end;
    }

    /// <summary>
    /// A row with the space above it, also where the row starts a continuation page: Word cannot leave a cell's space
    /// out at the top of a page, and the two documents must break their pages at the same rows.
    /// </summary>
    private double RowHeight(TableRowBlocks row, double[] widths) => row.SpaceAbove + grid.RowHeight(row.Cells, widths);
}
