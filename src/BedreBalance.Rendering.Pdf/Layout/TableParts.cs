namespace BedreBalance.Rendering.Pdf.Layout;

internal enum TableRowRole
{
    Data,
    /// <summary>Heads the rows below it, up to the next group or total; never left alone at the bottom of a page.</summary>
    Group,
    /// <summary>The sum; a rule above it, and kept on a page with the row before it.</summary>
    Total,
}

internal sealed record TableColumn(double RelativeWidth, TextAlignment Alignment);

/// <param name="RowHeaders">Which cells name the row (tagged TH with row scope); null when none does.</param>
/// <param name="SpaceAbove">Space between this row and the one above, dropped where a page starts.</param>
internal sealed record TableRowBlocks(TableRowRole Role, IReadOnlyList<TextBlock> Cells, IReadOnlyList<bool>? RowHeaders = null, double SpaceAbove = 0)
{
    public bool IsRowHeader(int cell) => RowHeaders is { } headers && cell < headers.Count && headers[cell];
}

/// <summary>
/// A table's body rows, each laid out (its cells' text blocks made) when the table first asks for it and let go once
/// drawn. The table asks in order, from the row it draws next to at most one past the end of the page, so a table of any
/// length holds a page or two of rows instead of every row of the letter; the page breaks are those of rows made up
/// front, since a row's layout depends on the row alone.
/// </summary>
internal sealed class TableBody(int count, Func<int, TableRowBlocks> layOutRow)
{
    /// <summary>Rows [<see cref="first"/>, <see cref="first"/> + Count), laid out and not yet let go.</summary>
    private readonly List<TableRowBlocks> held = [];
    private int first;

    /// <summary>Rows laid out up front, as tests give them.</summary>
    public static TableBody Of(IReadOnlyList<TableRowBlocks> rows) => new(rows.Count, i => rows[i]);

    public int Count => count;

    /// <summary>How many rows are laid out and held now.</summary>
    public int Held => held.Count;

    public TableRowBlocks this[int index]
    {
        get
        {
            if (index < first || index >= count) throw new ArgumentOutOfRangeException(nameof(index), index, $"Rows before {first} are let go; the table has {count}.");
            while (first + held.Count <= index) held.Add(layOutRow(first + held.Count));
            return held[index - first];
        }
    }

    /// <summary>Lets go of the rows before <paramref name="index"/>: they are drawn and never asked for again.</summary>
    public void LetGoBefore(int index)
    {
        if (index <= first) return;
        held.RemoveRange(0, Math.Min(index - first, held.Count));
        first = index;
    }
}

/// <summary>Measures of a table's look, in points.</summary>
internal sealed record TableStyle(
    double CellPaddingVertical,
    double CellPaddingHorizontal,
    double GroupSpace,
    double CaptionGap,
    double NotesGap,
    double RuleThickness,
    double FrameRuleThickness);
