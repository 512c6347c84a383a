using BedreBalance.Rendering.Docx.Styling;

namespace BedreBalance.Rendering.Docx.Body;

/// <summary>
/// A paragraph's properties: its style and the direct formatting the letter sets on it. Spacing that is null is
/// left to the style; 0 is written.
/// </summary>
internal readonly record struct ParagraphFormat(
    string StyleId,
    bool KeepNext = false,
    int? SpaceBeforeTwips = null,
    int? SpaceAfterTwips = null,
    int? ExactLineTwips = null,
    bool AlignRight = false)
{
    /// <summary>The format with spacing only where it is positive: an empty attribute is invalid, and a missing one leaves the style's value.</summary>
    public static ParagraphFormat Styled(string styleId, bool keepNext = false, int spaceBeforeTwips = 0, int spaceAfterTwips = 0, bool alignRight = false) =>
        new(styleId, keepNext, spaceBeforeTwips > 0 ? spaceBeforeTwips : null, spaceAfterTwips > 0 ? spaceAfterTwips : null, AlignRight: alignRight);

    private bool HasSpacing => SpaceBeforeTwips is not null || SpaceAfterTwips is not null || ExactLineTwips is not null;

    // Word leaves the default paragraph style implicit; so do we, so the XML reads like Word's own.
    private bool HasStyle => StyleId != StyleIds.Normal;

    public bool HasProperties => HasStyle || KeepNext || HasSpacing || AlignRight;

    /// <summary>Writes <c>w:pPr</c> with its children in schema order (pStyle, keepNext, spacing, jc); nothing when there are none.</summary>
    public void Write(WordXml xml)
    {
        if (!HasProperties)
        {
            return;
        }
        xml.Start("pPr");
        if (HasStyle)
        {
            xml.Empty("pStyle", "val", StyleId);
        }
        if (KeepNext)
        {
            xml.Empty("keepNext");
        }
        if (HasSpacing)
        {
            xml.Start("spacing");
            if (SpaceBeforeTwips is { } before) xml.Attribute("before", before);
            if (SpaceAfterTwips is { } after) xml.Attribute("after", after);
            if (ExactLineTwips is { } line)
            {
                xml.Attribute("line", line);
                xml.Attribute("lineRule", "exact");
            }
            xml.End();
        }
        if (AlignRight)
        {
            xml.Empty("jc", "val", "right");
        }
        xml.End();
    }
}
