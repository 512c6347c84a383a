using BedreBalance.Rendering.Pdf.Layout;
using BedreBalance.Rendering.Pdf.Letterheads;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace BedreBalance.Rendering.Pdf.PdfSharpBackend;

/// <summary>
/// The layout's canvas on a PDFsharp document: pages of the given size, text and rules through
/// XGraphics, and the structure tree through the document's <see cref="UAManager"/>. A letterhead, when given, is
/// drawn first on each page, under everything else, as an artifact: it is paper, not part of the letter's text.
/// </summary>
internal sealed class PdfSharpCanvas(PdfDocument document, PdfSharpFonts fonts, double pageWidth, double pageHeight, Letterhead? letterhead = null)
    : ICanvas, IDisposable
{
    private readonly StructureBuilder structure = UAManager.ForDocument(document).StructureBuilder;
    private readonly List<XGraphics> pageGraphics = [];
    private readonly ParentTreeWindow parentTree = new(document);
    private XGraphics? graphics;
    // One form for the whole letterhead file: each of its pages becomes one form XObject, shared by every page it lies under.
    private XPdfForm? letterheadForm;
    private readonly List<PdfPage> pagesWithLetterhead = [];

    private XGraphics Graphics => graphics ?? throw new InvalidOperationException("Drawing before the first page.");

    public void BeginPage(int pageNumber)
    {
        parentTree.SetAsideEarlierPages();
        var page = document.AddPage();
        page.Width = XUnit.FromPoint(pageWidth);
        page.Height = XUnit.FromPoint(pageHeight);
        // The UA manager follows the newest page's graphics; open structure elements continue on it.
        graphics = XGraphics.FromPdfPage(page);
        pageGraphics.Add(graphics);
        DrawLetterhead(pageNumber);
    }

    private void DrawLetterhead(int pageNumber)
    {
        if (letterhead?.PageUnder(pageNumber) is not { } letterheadPage) return;
        letterheadForm ??= XPdfForm.FromStream(new MemoryStream(letterhead.Bytes, writable: false));
        letterheadForm.PageNumber = letterheadPage;
        BeginArtifact();
        Graphics.DrawImage(letterheadForm, 0, 0, pageWidth, pageHeight);
        EndArtifact();
        pagesWithLetterhead.Add(document.Pages[document.PageCount - 1]);
    }

    /// <summary>
    /// PDFsharp marks every artifact "/Artifact BMC", without a type. The letterhead is the first artifact on its page;
    /// once the page's content is complete, that mark becomes a typed one, so that PDF/UA checkers and assistive
    /// technology know it as the paper's running head, not as content that was forgotten.
    /// </summary>
    private void TypeLetterheadArtifacts()
    {
        const string Untyped = "/Artifact BMC";
        const string Typed = "/Artifact <</Type /Pagination /Subtype /Header>> BDC";
        foreach (var page in pagesWithLetterhead)
        {
            var content = page.Contents.Elements.Select(e => e is PdfSharp.Pdf.Advanced.PdfReference r ? r.Value : e).OfType<PdfDictionary>().First();
            var text = System.Text.Encoding.Latin1.GetString(content.Stream.Value);
            var at = text.IndexOf(Untyped, StringComparison.Ordinal);
            if (at < 0) throw new InvalidOperationException("The letterhead's artifact mark is not where PDFsharp writes it.");
            content.Stream.Value = System.Text.Encoding.Latin1.GetBytes(string.Concat(text.AsSpan(0, at), Typed, text.AsSpan(at + Untyped.Length)));
        }
        pagesWithLetterhead.Clear();
    }

    public void DrawText(string text, FontSpec font, double x, double baselineY) =>
        Graphics.DrawString(text, fonts.Font(font), XBrushes.Black, x, baselineY, XStringFormats.BaseLineLeft);

    public void DrawHorizontalRule(double x1, double x2, double y, double thickness) =>
        Graphics.DrawLine(new XPen(XColors.Black, thickness), x1, y, x2, y);

    public void BeginStructure(StructureTag tag)
    {
        switch (tag)
        {
            case StructureTag.Division:
                structure.BeginElement(PdfGroupingElementTag.Division);
                break;
            default:
                structure.BeginElement(BlockTag(tag));
                break;
        }
    }

    private static PdfBlockLevelElementTag BlockTag(StructureTag tag) => tag switch
    {
        StructureTag.Heading1 => PdfBlockLevelElementTag.Heading1,
        StructureTag.Heading2 => PdfBlockLevelElementTag.Heading2,
        StructureTag.Heading3 => PdfBlockLevelElementTag.Heading3,
        StructureTag.Heading4 => PdfBlockLevelElementTag.Heading4,
        StructureTag.Heading5 => PdfBlockLevelElementTag.Heading5,
        StructureTag.Heading6 => PdfBlockLevelElementTag.Heading6,
        StructureTag.Paragraph => PdfBlockLevelElementTag.Paragraph,
        StructureTag.Table => PdfBlockLevelElementTag.Table,
        StructureTag.TableRow => PdfBlockLevelElementTag.TableRow,
        StructureTag.TableHeaderCell => PdfBlockLevelElementTag.TableHeaderCell,
        StructureTag.TableDataCell => PdfBlockLevelElementTag.TableDataCell,
        _ => throw new ArgumentOutOfRangeException(nameof(tag), tag, "No PDF tag for this structure."),
    };

    public void EndStructure() => structure.End();

    /// <summary>A Span in the structure tree with /ActualText: tagged-PDF readers take its text for its content.</summary>
    public void BeginActualText(string text)
    {
        structure.BeginElement(PdfInlineLevelElementTag.Span);
        structure.CurrentStructureElement.Elements.SetString("/ActualText", text);
    }

    public void EndActualText() => structure.End();

    public void BeginArtifact() => structure.BeginArtifact();

    public void EndArtifact() => structure.End();

    /// <summary>Closes every page's graphics so its content stream is complete before saving.</summary>
    public void Finish()
    {
        foreach (var page in pageGraphics)
        {
            page.Dispose();
        }
        pageGraphics.Clear();
        graphics = null;
        parentTree.Restore();
        TypeLetterheadArtifacts();
    }

    public void Dispose() => letterheadForm?.Dispose();
}
