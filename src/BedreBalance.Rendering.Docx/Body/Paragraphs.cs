using BedreBalance.Rendering.Docx.Styling;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace BedreBalance.Rendering.Docx.Body;

/// <summary>Paragraph construction shared by the body and table writers.</summary>
internal static class Paragraphs
{
    public static W.Paragraph Styled(string styleId, IEnumerable<OpenXmlElement> content, W.JustificationValues? alignment = null, bool keepNext = false,
        int spaceBeforeTwips = 0, int spaceAfterTwips = 0)
    {
        var properties = new W.ParagraphProperties();
        // Word leaves the default paragraph style implicit; so do we, so the XML reads like Word's own.
        if (styleId != StyleIds.Normal)
        {
            properties.ParagraphStyleId = new W.ParagraphStyleId { Val = styleId };
        }
        if (keepNext)
        {
            properties.KeepNext = new W.KeepNext();
        }
        if (spaceBeforeTwips > 0 || spaceAfterTwips > 0)
        {
            // Only the attributes that are set: an empty one is invalid, and a missing one leaves the style's value.
            var spacing = new W.SpacingBetweenLines();
            if (spaceBeforeTwips > 0) spacing.Before = Invariant(spaceBeforeTwips);
            if (spaceAfterTwips > 0) spacing.After = Invariant(spaceAfterTwips);
            properties.SpacingBetweenLines = spacing;
        }
        if (alignment is { } value)
        {
            properties.Justification = new W.Justification { Val = value };
        }
        var paragraph = properties.HasChildren ? new W.Paragraph(properties) : new W.Paragraph();
        paragraph.Append(content);
        return paragraph;
    }

    private static string Invariant(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
