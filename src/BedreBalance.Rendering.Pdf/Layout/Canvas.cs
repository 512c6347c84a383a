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

    void BeginStructure(StructureTag tag);

    void EndStructure();

    /// <summary>
    /// Text whose drawn glyphs differ from what it says: readers (copy, search, screen readers) get
    /// <paramref name="text"/> instead of the glyphs drawn until <see cref="EndActualText"/>, such as a word
    /// with a hyphen the layout inserted at a line end. May span lines and pages.
    /// </summary>
    void BeginActualText(string text);

    void EndActualText();

    /// <summary>Content that is layout, not text: rules, page numbers, headers repeated on a later page.</summary>
    void BeginArtifact();

    void EndArtifact();
}
