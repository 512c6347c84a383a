using System.Runtime.CompilerServices;
using BedreBalance.Rendering.Pdf.Layout;
using BedreBalance.Rendering.Pdf.Letterheads;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace BedreBalance.Rendering.Pdf.PdfSharpBackend;

/// <summary>
/// The layout's canvas on a PDFsharp document: pages of the given size, text and rules through XGraphics, and the
/// tagging (structure tree, marked content, artifacts, bookmarks) written here. A letterhead, when given, is drawn
/// first on each page, under everything else, as a page-header artifact: it is paper, not part of the letter's text.
/// <para>
/// Why not PDFsharp's UAManager: it opens marked content wherever the content stream happens to be, so a sequence
/// begun inside a text object (BT) ends after it (ET), and a page's first drawing opens a graphics state (q) inside
/// the first sequence; it writes only untyped artifacts and no attributes. Here every marked-content operator is
/// written in graphics mode (PDFsharp ends its text object first) and the page's graphics state is set up before
/// any marked content, so sequences nest properly with BT/ET and q/Q. PDFsharp's <c>SetPdfA</c> creates a UAManager
/// anyway; it is kept idle with an open grouping element on its stack (groupings ignore drawing) and its
/// structure tree root, document element and parent tree are filled by <see cref="StructureTree"/>.
/// </para>
/// </summary>
internal sealed class PdfSharpCanvas : ICanvas, IDisposable
{
    private readonly PdfDocument document;
    private readonly PdfSharpFonts fonts;
    private readonly PdfSharpText text;
    private readonly double pageWidth;
    private readonly double pageHeight;
    private readonly StructureTree tree;
    private readonly List<(int Level, PdfOutline Outline)> openBookmarks = [];
    private XGraphics? graphics;
    private PdfPage? page;
    /// <summary>True while a marked-content sequence of the innermost structure element is open.</summary>
    private bool contentOpen;
    private int artifactDepth;
    /// <summary>One pen per rule thickness: a long table draws thousands of rules, and each new pen is realized afresh.</summary>
    private readonly Dictionary<double, XPen> pens = [];

    private readonly Letterhead? letterhead;
    // One form for the whole letterhead file: each of its pages becomes one form XObject, shared by every page it lies under.
    private XPdfForm? letterheadForm;

    public PdfSharpCanvas(
        PdfDocument document, PdfSharpFonts fonts, double pageWidth, double pageHeight, Letterhead? letterhead = null,
        int maximumArrayLength = ArchivalLimits.MaximumArrayLength, bool writeTextDirectly = true)
    {
        this.letterhead = letterhead;
        this.document = document;
        this.fonts = fonts;
        text = new PdfSharpText(document, fonts, writeTextDirectly);
        this.pageWidth = pageWidth;
        this.pageHeight = pageHeight;
        var manager = UAManager.ForDocument(document);
        manager.StructureBuilder.BeginGroupingElement("Div");
        tree = new StructureTree(manager.StructureTreeRoot, manager.StructureTreeElementDocument, maximumArrayLength);
    }

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "AppendToContentStream")]
    private static extern void AppendToContentStream(XGraphics graphics, string content);

    private XGraphics Graphics => graphics ?? throw new InvalidOperationException("Drawing before the first page.");

    public void BeginPage(int pageNumber)
    {
        CloseContent();
        if (artifactDepth > 0) throw new InvalidOperationException("An artifact is left open at the end of a page.");
        // A page is finished when the next begins: closing its graphics writes its content stream and lets go of the
        // content text PDFsharp builds up (kept for every page until the end, it grew with the letter).
        graphics?.Dispose();
        page = document.AddPage();
        page.Width = XUnit.FromPoint(pageWidth);
        page.Height = XUnit.FromPoint(pageHeight);
        graphics = XGraphics.FromPdfPage(page);
        // Clipping to the whole page makes PDFsharp write its page transformation and graphics state (q … cm) now,
        // before the first marked content, instead of inside it with the matching Q after the page's last one.
        graphics.IntersectClip(new XRect(0, 0, pageWidth, pageHeight));
        tree.StartPage(page);
        DrawLetterhead(pageNumber);
    }

    private void DrawLetterhead(int pageNumber)
    {
        if (letterhead?.PageUnder(pageNumber) is not { } letterheadPage) return;
        letterheadForm ??= XPdfForm.FromStream(new MemoryStream(letterhead.Bytes, writable: false));
        letterheadForm.PageNumber = letterheadPage;
        BeginArtifact(ArtifactKind.PageHeader);
        Graphics.DrawImage(letterheadForm, 0, 0, pageWidth, pageHeight);
        EndArtifact();
    }

    public void DrawText(string text, FontSpec font, double x, double baselineY)
    {
        EnsureContent();
        this.text.Draw(Graphics, text, font, x, baselineY);
    }

    /// <summary>How many strings were written by the canvas's own text path rather than PDFsharp's DrawString (for the tests).</summary>
    internal int TextWrittenDirectly => text.WrittenDirectly;

    public void DrawHorizontalRule(double x1, double x2, double y, double thickness)
    {
        if (artifactDepth == 0) throw new InvalidOperationException("A rule is drawn outside an artifact.");
        if (!pens.TryGetValue(thickness, out var pen))
        {
            pen = new XPen(XColors.Black, thickness);
            pens.Add(thickness, pen);
        }
        Graphics.DrawLine(pen, x1, y, x2, y);
    }

    public void BeginStructure(StructureTag tag, StructureAttributes? attributes = null)
    {
        if (artifactDepth > 0) throw new InvalidOperationException($"{tag} begun inside an artifact.");
        CloseContent();
        tree.Begin(tag, attributes);
    }

    /// <summary>A Span in the structure tree with /ActualText: tagged-PDF readers take its text for its content.</summary>
    public void BeginActualText(string text) => BeginStructure(StructureTag.Span, new StructureAttributes(ActualText: text));

    public void EndActualText() => EndStructure();

    public void EndStructure()
    {
        CloseContent();
        tree.End();
    }

    public void BeginArtifact(ArtifactKind kind)
    {
        CloseContent();
        Write(kind switch
        {
            ArtifactKind.PageHeader => "/Artifact <</Type /Pagination /Subtype /Header>> BDC\n",
            ArtifactKind.PageFooter => "/Artifact <</Type /Pagination /Subtype /Footer>> BDC\n",
            _ => "/Artifact <</Type /Layout>> BDC\n",
        });
        artifactDepth++;
    }

    public void EndArtifact()
    {
        if (artifactDepth == 0) throw new InvalidOperationException("EndArtifact without a matching BeginArtifact.");
        Write("EMC\n");
        artifactDepth--;
    }

    public void AddBookmark(string title, int level, double y)
    {
        var target = page ?? throw new InvalidOperationException("A bookmark before the first page.");
        while (openBookmarks.Count > 0 && openBookmarks[^1].Level >= level) openBookmarks.RemoveAt(openBookmarks.Count - 1);
        var siblings = openBookmarks.Count == 0 ? document.Outlines : openBookmarks[^1].Outline.Outlines;
        var outline = siblings.Add(title, target, true);
        outline.PageDestinationType = PdfPageDestinationType.Xyz;
        // PDF measures from the bottom of the page; the layout from the top.
        outline.Top = Math.Round(pageHeight - y, 2);
        openBookmarks.Add((level, outline));
        tree.Label(title);
    }

    /// <summary>Opens a marked-content sequence for the innermost structure element, unless one is open or an artifact is.</summary>
    private void EnsureContent()
    {
        if (artifactDepth > 0 || contentOpen) return;
        var tag = tree.CurrentTag;
        var mcid = tree.NewMarkedContent();
        Write($"/{tag} <</MCID {StructureTree.Invariant(mcid)}>> BDC\n");
        contentOpen = true;
    }

    private void CloseContent()
    {
        if (!contentOpen) return;
        Write("EMC\n");
        contentOpen = false;
    }

    /// <summary>Writes a marked-content operator between text objects, never inside one.</summary>
    private void Write(string content)
    {
        var current = Graphics;
        // Marked content changes no graphics state: text after it may still be written without DrawString.
        var inStep = text.InStepWith(current);
        PdfRendererExtensions.BeginGraphicMode(current);
        AppendToContentStream(current, content);
        if (inStep) text.MarkedContentWritten(current);
    }

    /// <summary>Closes the last page's graphics so its content stream is complete, and ends the structure tree.</summary>
    public void Finish()
    {
        if (graphics is not null) CloseContent();
        graphics?.Dispose();
        graphics = null;
        tree.Finish();
        // Not document.Outlines.Count: asking for the outlines makes PDFsharp add them, and without a bookmark it
        // writes them as an object that is in the cross-reference table but not in the file.
        if (openBookmarks.Count > 0) document.PageMode = PdfPageMode.UseOutlines;
    }

    /// <summary>
    /// The structure tree, to be numbered after PDFsharp's save (<see cref="StructureTree.NumberAfterSave"/>) and
    /// written by the archival rewrite.
    /// </summary>
    public StructureTree Structure => tree;

    /// <summary>Structure elements with more kids than PDF/A-1 lets one array hold; see <see cref="StructureTree.Oversized"/>.</summary>
    public IReadOnlyList<OversizedStructure> OversizedStructures => tree.Oversized;

    public void Dispose()
    {
        letterheadForm?.Dispose();
        text.Dispose();
    }
}
