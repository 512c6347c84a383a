using BedreBalance.Rendering.Docx.Styling;
using Model = BedreBalance.Document;

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

    public SectionProperties Section(string footerRelationshipId) =>
        Section([new HeaderFooterReference(IsHeader: false, "default", footerRelationshipId)], MarginTop, DefaultDistance, DefaultDistance, titlePage: false);

    /// <param name="references">Header and footer references, in the order they are to appear.</param>
    /// <param name="top">The section's top margin; a header may reach further down on one kind of page.</param>
    public SectionProperties Section(IReadOnlyList<HeaderFooterReference> references, int top, int headerDistance, int footerDistance, bool titlePage) =>
        new(references, Width, Height, top, MarginRight, MarginBottom, MarginLeft, headerDistance, footerDistance, titlePage);

    /// <summary>
    /// The page number flush right at the foot of the text column, as in the PDF: a PAGE field as Word's Insert › Page
    /// Number writes it.
    /// </summary>
    public static void WriteFooter(WordXml xml)
    {
        xml.Start("ftr");
        xml.Start("p");
        new ParagraphFormat(StyleIds.Footer).Write(xml);
        FieldCharacter(xml, "begin");
        xml.Start("r");
        xml.Text(" PAGE ", "instrText");
        xml.End();
        FieldCharacter(xml, "separate");
        RunWriter.PlainRun(xml, "1");
        FieldCharacter(xml, "end");
        xml.End();
        xml.End();

        static void FieldCharacter(WordXml xml, string type)
        {
            xml.Start("r");
            xml.Empty("fldChar", "fldCharType", type);
            xml.End();
        }
    }
}

/// <summary>A header or footer part the section shows on pages of <see cref="Type"/> "default" or "first".</summary>
internal sealed record HeaderFooterReference(bool IsHeader, string Type, string RelationshipId);

/// <summary>The section's properties, the body's last element: references, page size, margins, a first page of its own.</summary>
internal sealed record SectionProperties(
    IReadOnlyList<HeaderFooterReference> References, int Width, int Height, int Top, int Right, int Bottom, int Left,
    int HeaderDistance, int FooterDistance, bool TitlePage)
{
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public void WriteTo(WordXml xml)
    {
        xml.Start("sectPr");
        foreach (var reference in References)
        {
            xml.Start(reference.IsHeader ? "headerReference" : "footerReference");
            xml.Attribute("type", reference.Type);
            xml.Writer.WriteAttributeString("r", "id", RelationshipsNamespace, reference.RelationshipId);
            xml.End();
        }
        xml.Start("pgSz");
        xml.Attribute("w", Width);
        xml.Attribute("h", Height);
        xml.End();
        xml.Start("pgMar");
        xml.Attribute("top", Top);
        xml.Attribute("right", Right);
        xml.Attribute("bottom", Bottom);
        xml.Attribute("left", Left);
        xml.Attribute("header", HeaderDistance);
        xml.Attribute("footer", FooterDistance);
        xml.Attribute("gutter", 0);
        xml.End();
        if (TitlePage)
        {
            xml.Empty("titlePg");
        }
        xml.End();
    }
}
