using BedreBalance.Rendering.Docx.Styling;
using DocumentFormat.OpenXml;
using Model = BedreBalance.Document;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace BedreBalance.Rendering.Docx.Body;

/// <summary>The model's page geometry in twips: the section's page size and margins, and the footer.</summary>
internal sealed class PageLayout(Model.PageGeometry page)
{
    // Word's default distance of header and footer from the paper's edge (1.25 cm).
    public const int DefaultDistance = 709;

    public int Width { get; } = Units.Twips(page.Width);
    public int Height { get; } = Units.Twips(page.Height);
    public int MarginTop { get; } = Units.Twips(page.MarginTop);
    public int FirstPageMarginTop { get; } = Units.Twips(page.FirstPageMarginTop);

    /// <summary>Word has one top margin per section; a first page that starts lower or higher needs a header to say so.</summary>
    public bool FirstPageDiffers => FirstPageMarginTop != MarginTop;
    public int MarginRight { get; } = Units.Twips(page.MarginRight);
    public int MarginBottom { get; } = Units.Twips(page.MarginBottom);
    public int MarginLeft { get; } = Units.Twips(page.MarginLeft);

    /// <summary>From the rounded page and margins, so tables end exactly at the right margin.</summary>
    public int TextWidth => Width - MarginLeft - MarginRight;

    public W.SectionProperties SectionProperties(string footerRelationshipId) =>
        SectionProperties([new W.FooterReference { Type = W.HeaderFooterValues.Default, Id = footerRelationshipId }], MarginTop, DefaultDistance, DefaultDistance, titlePage: false);

    /// <param name="references">Header and footer references, in the order they are to appear.</param>
    /// <param name="top">The section's top margin; a header may reach further down on one kind of page.</param>
    public W.SectionProperties SectionProperties(IEnumerable<OpenXmlElement> references, int top, int headerDistance, int footerDistance, bool titlePage)
    {
        var section = new W.SectionProperties(references);
        section.Append(
            new W.PageSize { Width = (UInt32Value)(uint)Width, Height = (UInt32Value)(uint)Height },
            new W.PageMargin
            {
                Top = top,
                Right = (UInt32Value)(uint)MarginRight,
                Bottom = MarginBottom,
                Left = (UInt32Value)(uint)MarginLeft,
                Header = (UInt32Value)(uint)headerDistance,
                Footer = (UInt32Value)(uint)footerDistance,
                Gutter = 0,
            });
        if (titlePage)
        {
            section.Append(new W.TitlePage());
        }
        return section;
    }

    /// <summary>
    /// The page number flush right at the foot of the text column, as in the PDF: a PAGE field as Word's Insert › Page
    /// Number writes it. A small part of its own, so the Open XML SDK's elements write it.
    /// </summary>
    public static W.Footer Footer() => new(
        new W.Paragraph(
            new W.ParagraphProperties(new W.ParagraphStyleId { Val = StyleIds.Footer }),
            new W.Run(new W.FieldChar { FieldCharType = W.FieldCharValues.Begin }),
            new W.Run(new W.FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
            new W.Run(new W.FieldChar { FieldCharType = W.FieldCharValues.Separate }),
            new W.Run(new W.Text("1")),
            new W.Run(new W.FieldChar { FieldCharType = W.FieldCharValues.End })));
}
