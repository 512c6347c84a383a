using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace BedreBalance.Rendering.Docx.Body;

/// <summary>Paragraph construction shared by the body and table writers.</summary>
internal static class Paragraphs
{
    public static W.Paragraph Styled(string styleId, IEnumerable<OpenXmlElement> content, W.JustificationValues? alignment = null, bool keepNext = false)
    {
        var properties = new W.ParagraphProperties { ParagraphStyleId = new W.ParagraphStyleId { Val = styleId } };
        if (keepNext)
        {
            properties.KeepNext = new W.KeepNext();
        }
        if (alignment is { } value)
        {
            properties.Justification = new W.Justification { Val = value };
        }
        var paragraph = new W.Paragraph(properties);
        paragraph.Append(content);
        return paragraph;
    }
}
