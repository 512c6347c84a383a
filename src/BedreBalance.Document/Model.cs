namespace BedreBalance.Document;

/// <summary>
/// A format-neutral letter: metadata plus a flat list of blocks in reading order.
/// Renderers lay it out; they never decide what the letter says or in which order.
/// </summary>
public sealed record LetterDocument(DocumentMetadata Metadata, PageGeometry Page, IReadOnlyList<Block> Blocks);

/// <summary>What archival formats and Word's core properties need. Dates come from the data, never the clock.</summary>
public sealed record DocumentMetadata(
    string Title,
    string Author,
    string Subject,
    string Language,
    DateTimeOffset Created);

/// <summary>Run formatting that the letter itself needs; everything else comes from styles.</summary>
[Flags]
public enum RunFormat
{
    None = 0,
    Bold = 1,
    Italic = 2,
    Superscript = 4,
}

/// <param name="IsNoteReference">A note marker ("1" after a municipality): its own element for a screen reader, never glued to the word before it.</param>
public sealed record Run(string Text, RunFormat Format = RunFormat.None, bool IsNoteReference = false)
{
    public bool IsBold => Format.HasFlag(RunFormat.Bold);
    public bool IsItalic => Format.HasFlag(RunFormat.Italic);
    public bool IsSuperscript => Format.HasFlag(RunFormat.Superscript);
}

public abstract record Block;

/// <summary>A heading; <see cref="Level"/> 1 is the letter's title, 2 a label such as "Spørgsmål".</summary>
public sealed record Heading(int Level, IReadOnlyList<Run> Runs) : Block;

/// <summary>A paragraph with a named style from <see cref="Styles"/>.</summary>
public sealed record Paragraph(string Style, IReadOnlyList<Run> Runs) : Block;

/// <summary>
/// The closing: a greeting, then the signer's name and title, kept together on one page.
/// A block of its own so renderers can leave room for a signature and keep it whole.
/// </summary>
public sealed record Signature(string Closing, string Name, string Title) : Block;

public enum ColumnAlignment
{
    Left,
    Right,
}

/// <summary>
/// A column's width is relative: widths of a table's columns are shares of the text width.
/// </summary>
public sealed record ColumnSpec(double RelativeWidth, ColumnAlignment Alignment);

public enum RowKind
{
    /// <summary>An ordinary data row.</summary>
    Data,
    /// <summary>
    /// A heading for the rows that follow, up to the next group or total row (a region), set in bold. Renderers set
    /// it apart from the rows above with space, not with an empty row.
    /// </summary>
    Group,
    /// <summary>The total ("I alt"): bold with a rule above, set apart from grouped rows above like a group.</summary>
    Total,
}

/// <param name="IsRowHeader">The cell names its row (and, in a <see cref="RowKind.Group"/> row, the rows under it), as "I alt" does.</param>
public sealed record TableCell(IReadOnlyList<Run> Runs, bool IsRowHeader = false);

public sealed record TableRow(RowKind Kind, IReadOnlyList<TableCell> Cells);

/// <summary>
/// A caption's number as a counter: tables labelled "<see cref="Sequence"/> n" are numbered n in the sequence, so
/// that a word processor can count them, refer to them and list them.
/// </summary>
public sealed record CaptionNumber(string Sequence, int Value);

/// <summary>
/// A table with its caption. <see cref="Label"/> ("Tabel 1") and <see cref="Subtitle"/> form the caption;
/// caption and <see cref="Header"/> repeat on every page the table continues on. <see cref="Notes"/> follow the
/// last row, in smaller type. <see cref="Number"/> is the label's counter, when the label is one;
/// <see cref="Description"/> tells a screen reader how the table is built.
/// </summary>
public sealed record Table(
    string Label,
    IReadOnlyList<Run> Subtitle,
    IReadOnlyList<ColumnSpec> Columns,
    TableRow Header,
    IReadOnlyList<TableRow> Body,
    IReadOnlyList<Paragraph> Notes,
    CaptionNumber? Number = null,
    string Description = "") : Block
{
    /// <summary>The caption as one line ("Tabel 1: Flyttede …"): a table's accessible name and its bookmark.</summary>
    public string Name
    {
        get
        {
            var subtitle = string.Concat(Subtitle.Select(run => run.Text)).Trim();
            return subtitle.Length == 0 ? Label : Label + ": " + subtitle;
        }
    }
}

/// <summary>Paragraph style names shared by the composer and all renderers (built-in Word style ids where one fits).</summary>
public static class Styles
{
    public const string Normal = "Normal";
    public const string TableNote = "TableNote";
}

/// <summary>
/// Page size and margins in points (1/72 inch), shared by every renderer so that the PDF and the
/// Word document paginate alike.
/// </summary>
public sealed record PageGeometry(double Width, double Height, double MarginTop, double MarginRight, double MarginBottom, double MarginLeft)
{
    public const double PointsPerCentimetre = 72 / 2.54;

    /// <summary>A4 with a ministry letter's margins: a text column of 14.5 cm, wider margin on the right.</summary>
    public static PageGeometry A4Letter { get; } = new(
        Width: 21.0 * PointsPerCentimetre,
        Height: 29.7 * PointsPerCentimetre,
        MarginTop: 3.0 * PointsPerCentimetre,
        MarginRight: 4.0 * PointsPerCentimetre,
        MarginBottom: 2.5 * PointsPerCentimetre,
        MarginLeft: 2.5 * PointsPerCentimetre);

    /// <summary>
    /// The first page's top margin, which may differ from the following pages' (<see cref="MarginTop"/>): a
    /// letterhead's logo and address block take more room on page 1. The same as <see cref="MarginTop"/> unless set.
    /// </summary>
    public double FirstPageMarginTop { get; init; } = MarginTop;

    public double TextWidth => Width - MarginLeft - MarginRight;

    /// <summary>The text column's height on the following pages (the larger of the two when the first page is shorter).</summary>
    public double TextHeight => Height - MarginTop - MarginBottom;

    /// <summary>The top margin of the given page (1-based).</summary>
    public double MarginTopOf(int pageNumber) => pageNumber == 1 ? FirstPageMarginTop : MarginTop;

    /// <summary>The text column's height on the given page (1-based).</summary>
    public double TextHeightOf(int pageNumber) => Height - MarginTopOf(pageNumber) - MarginBottom;

    /// <summary>The largest text column of any page: what a block kept together must fit into.</summary>
    public double LargestTextHeight => Math.Max(TextHeight, TextHeightOf(1));

}
