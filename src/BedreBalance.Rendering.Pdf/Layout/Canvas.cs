namespace BedreBalance.Rendering.Pdf.Layout;

/// <summary>The four faces of the letter's one typeface.</summary>
internal enum FontFace
{
    Regular,
    Bold,
    Italic,
    BoldItalic,
}

/// <summary>A face at a size in points; the layout knows fonts only by this value.</summary>
internal readonly record struct FontSpec(FontFace Face, double Size)
{
    public static FontFace FaceOf(bool bold, bool italic) => (bold, italic) switch
    {
        (true, true) => FontFace.BoldItalic,
        (true, false) => FontFace.Bold,
        (false, true) => FontFace.Italic,
        _ => FontFace.Regular,
    };

    public bool IsBold => Face is FontFace.Bold or FontFace.BoldItalic;
    public bool IsItalic => Face is FontFace.Italic or FontFace.BoldItalic;
}

/// <summary>Vertical font metrics in points for a given <see cref="FontSpec"/>.</summary>
internal readonly record struct FontMetrics(double Ascent, double Descent);

/// <summary>Text measurement, kept apart from drawing so layout can be tested without a PDF.</summary>
internal interface ITextMeasurer
{
    double Width(string text, FontSpec font);

    FontMetrics Metrics(FontSpec font);
}

/// <summary>Logical structure of the letter, as a screen reader meets it (the PDF tag tree).</summary>
internal enum StructureTag
{
    Heading1,
    Heading2,
    Heading3,
    Heading4,
    Heading5,
    Heading6,
    Paragraph,
    Division,
    Table,
    TableRow,
    TableHeaderCell,
    TableDataCell,
    /// <summary>A table's caption, inside the table.</summary>
    Caption,
    /// <summary>A note under a table; carries an <see cref="StructureAttributes.Id"/>.</summary>
    Note,
    /// <summary>A reference to a note (a note marker) inside text.</summary>
    Reference,
    /// <summary>Inline text that needs attributes of its own, such as <see cref="StructureAttributes.ActualText"/>.</summary>
    Span,
}

/// <summary>Which cells a table header cell heads.</summary>
internal enum HeaderScope
{
    Row,
    Column,
    Both,
}

/// <summary>
/// What a structure element says beyond its tag. <see cref="Id"/> must be unique in the document; <see cref="Headers"/>
/// lists the ids of the header cells a cell belongs to; <see cref="ActualText"/> replaces the drawn text for reading
/// and extraction (an inserted hyphen, for instance).
/// </summary>
internal sealed record StructureAttributes(
    string? Id = null,
    HeaderScope? Scope = null,
    IReadOnlyList<string>? Headers = null,
    string? ActualText = null);

/// <summary>
/// Why content is an artifact. Repeated captions and header rows are pagination at the top of a page, page numbers
/// pagination at its foot; rules are layout.
/// </summary>
internal enum ArtifactKind
{
    /// <summary>Typographic decoration, such as a table's rules.</summary>
    Layout,
    /// <summary>Repeated at the top of a page because the page breaks something: a table's caption and header row.</summary>
    PageHeader,
    /// <summary>At the foot of each page: the page number.</summary>
    PageFooter,
}

/// <summary>
/// Where layout elements draw. Coordinates are points from the page's top-left corner, y downwards.
/// Every drawing call sits inside a structure element or an artifact (PDF/A and PDF/UA demand it).
/// </summary>
internal interface ICanvas
{
    void BeginPage(int pageNumber);

    void DrawText(string text, FontSpec font, double x, double baselineY);

    /// <summary>A horizontal rule (table rules); always drawn inside an artifact.</summary>
    void DrawHorizontalRule(double x1, double x2, double y, double thickness);

    void BeginStructure(StructureTag tag, StructureAttributes? attributes = null);

    void EndStructure();

    /// <summary>
    /// Text whose drawn glyphs differ from what it says: readers (copy, search, screen readers) get
    /// <paramref name="text"/> instead of the glyphs drawn until <see cref="EndActualText"/>, such as a word
    /// with a hyphen the layout inserted at a line end. May span lines and pages.
    /// </summary>
    void BeginActualText(string text);

    void EndActualText();

    /// <summary>Content that is layout, not text: rules, page numbers, headers repeated on a later page.</summary>
    void BeginArtifact(ArtifactKind kind);

    void EndArtifact();

    /// <summary>A bookmark (outline entry) to the current page at <paramref name="y"/>; levels nest as headings do.</summary>
    void AddBookmark(string title, int level, double y);
}
