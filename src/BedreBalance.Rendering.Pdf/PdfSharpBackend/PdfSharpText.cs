using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using BedreBalance.Rendering.Pdf.Layout;
using PdfSharp.Drawing;
using PdfSharp.Events;
using PdfSharp.Fonts;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace BedreBalance.Rendering.Pdf.PdfSharpBackend;

/// <summary>
/// Draws the canvas's text on a page's <see cref="XGraphics"/>, writing the text-showing operators itself where
/// PDFsharp's <c>DrawString</c> would write nothing else, byte for byte as <c>DrawString</c> writes them.
/// <para>
/// Why: a long table draws one string per cell, and <c>DrawString</c> spends most of its time on work that is the
/// same for every cell: the code-point and glyph arrays, three event arguments, the font's resource key built from
/// its lower-cased name, the glyphs recorded again for the subset, the glyph bytes and their hex string, and the
/// Td/Tj line through <c>string.Format</c> with boxed doubles. The operators it writes for a string whose font is
/// already the page's current font are only <c>x y Td</c> and <c>&lt;glyphs&gt; Tj</c> (and <c>BT</c> when a text
/// object begins).
/// </para>
/// <para>
/// So <c>DrawString</c> still draws a string whenever the graphics state may need realizing: the first string on a
/// page, a string in another font than the last one, the first after anything but text and marked content was
/// written (a rule, an image), a face PDFsharp simulates (slanted or emboldened), text with surrogate pairs. Otherwise the string is written here: <c>BT</c> through
/// PDFsharp's own <see cref="PdfRendererExtensions.BeginTextMode"/>; glyph ids from PDFsharp's measuring (its
/// <see cref="RenderEvents.RenderTextEvent"/>), once per character and font; each new character recorded for the
/// font's subset and ToUnicode map through <see cref="PdfDocument.AddCharacters"/>, in the order <c>DrawString</c>
/// records them; the operators appended to the page's content (<see cref="XGraphics.XGraphicsInternals.ContentStringBuilder"/>)
/// with PDFsharp's number format. The one piece of PDFsharp's private state used is the text position its graphics
/// state keeps for relative <c>Td</c> offsets, computed and advanced by PDFsharp's own (private) AdjustTdOffset, so
/// that a <c>DrawString</c> later in the same text object (a bold word in a line) continues from the right place.
/// </para>
/// <para>
/// This mirrors PDFsharp 6.2.4 (XGraphicsPdfRenderer.DrawString and RenderText, PdfEncoders.FormatStringLiteral). On
/// any other PDFsharp version every string goes through <c>DrawString</c>; the tests that compare both ways, and the
/// one that asserts this path is taken, fail first.
/// </para>
/// </summary>
internal sealed class PdfSharpText : IDisposable
{
    /// <summary>The PDFsharp version this class mirrors; see the summary.</summary>
    internal static readonly bool MirrorsThisPdfSharp = typeof(XGraphics).Assembly.GetName().Version == new Version(6, 2, 4, 0);

    private const string HexDigits = "0123456789ABCDEF";

    /// <summary>PDFsharp breaks a glyph string's hex literal after every 24 glyphs (48 bytes).</summary>
    private const int GlyphsPerHexLine = 24;

    private readonly PdfDocument document;
    private readonly PdfSharpFonts fonts;
    private readonly bool writeDirectly;
    private readonly Dictionary<FontSpec, FontGlyphs> glyphs = [];
    private readonly RenderEvents measureEvents = new();
    private readonly XGraphics measureContext;
    private CodePointGlyphIndexPair[] measured = [];

    /// <summary>The font of the last string drawn: the one PDFsharp last realized the page's graphics state with.</summary>
    private FontSpec? realized;

    /// <summary>
    /// The page content as it stood after the last string (or after the canvas's marked-content operators that
    /// followed it). Anything else PDFsharp writes (a rule, an image, a new page's set-up) makes it longer or another
    /// builder, and the next string goes through DrawString, which realizes the state again: a drawing call that does
    /// not tell this class about itself costs speed, never correctness.
    /// </summary>
    private StringBuilder? contentAfterText;
    private int lengthAfterText;

    public PdfSharpText(PdfDocument document, PdfSharpFonts fonts, bool writeDirectly = true)
    {
        this.document = document;
        this.fonts = fonts;
        this.writeDirectly = writeDirectly && MirrorsThisPdfSharp;
        measureEvents.RenderTextEvent += (_, e) => measured = e.CodePointGlyphIndexPairs;
        measureContext = XGraphics.CreateMeasureContext(new XSize(595, 842), XGraphicsUnit.Point, XPageDirection.Downwards, measureEvents);
    }

    /// <summary>How many strings were written here rather than by <c>DrawString</c> (for the tests).</summary>
    public int WrittenDirectly { get; private set; }

    /// <summary>
    /// Whether nothing but text and marked content has been written to the page since the last string; the canvas asks
    /// before it writes marked content and, if so, calls <see cref="MarkedContentWritten"/> after.
    /// </summary>
    public bool InStepWith(XGraphics graphics)
    {
        var content = graphics.Internals.ContentStringBuilder;
        return content is not null && ReferenceEquals(content, contentAfterText) && content.Length == lengthAfterText;
    }

    /// <summary>The canvas wrote marked-content operators (and PDFsharp an ET), which change no graphics state.</summary>
    public void MarkedContentWritten(XGraphics graphics) => lengthAfterText = graphics.Internals.ContentStringBuilder!.Length;

    public void Draw(XGraphics graphics, string text, FontSpec spec, double x, double baselineY)
    {
        // DrawString draws nothing for an empty string: no text object, no state.
        if (text.Length == 0) return;
        var font = Glyphs(spec);
        var content = graphics.Internals.ContentStringBuilder
            ?? throw new InvalidOperationException("The page's graphics write no PDF content stream.");
        if (!writeDirectly || font.Simulated || realized != spec || HasSurrogates(text)
            || !ReferenceEquals(content, contentAfterText) || content.Length != lengthAfterText
            // A transformation is realized lazily, by the next drawing call.
            || !graphics.Transform.IsIdentity)
        {
            graphics.DrawString(text, font.Font, XBrushes.Black, x, baselineY, XStringFormats.BaseLineLeft);
            realized = spec;
            (contentAfterText, lengthAfterText) = (content, content.Length);
            // DrawString recorded these characters for the subset.
            foreach (var character in text) font.Recorded.Add(character);
            return;
        }

        var ids = text.Length <= 256 ? stackalloc ushort[text.Length] : new ushort[text.Length];
        GlyphIds(font, text, ids);
        Record(font, text);

        if (!PdfRendererExtensions.IsInTextMode(graphics)) PdfRendererExtensions.BeginTextMode(graphics);
        // As DrawString: the page's y axis points up, so the baseline is measured from the page's foot; PDFsharp's own
        // AdjustTdOffset makes the offset relative to the last string in this text object (the origin after BT) and
        // moves its record of the text position on.
        var offset = new XPoint(x, graphics.PageSize.Height - baselineY);
        AdjustTdOffset(Renderer(graphics), ref offset, 0, false);
        var (dx, dy) = (offset.X, offset.Y);

        content.Append(CultureInfo.InvariantCulture, $"{dx:0.####} {dy:0.####} Td\n<");
        for (var i = 0; i < ids.Length; i++)
        {
            var id = ids[i];
            content.Append(HexDigits[id >> 12]).Append(HexDigits[(id >> 8) & 0xF]).Append(HexDigits[(id >> 4) & 0xF]).Append(HexDigits[id & 0xF]);
            if (i != 0 && i % GlyphsPerHexLine == 0) content.Append('\n');
        }
        content.Append("> Tj\n");
        lengthAfterText = content.Length;
        WrittenDirectly++;
    }

    private FontGlyphs Glyphs(FontSpec spec)
    {
        if (!glyphs.TryGetValue(spec, out var font))
        {
            font = new FontGlyphs(fonts.Font(spec), fonts.IsSimulated(spec));
            glyphs.Add(spec, font);
        }
        return font;
    }

    /// <summary>The glyph id of each character, as PDFsharp maps it (measured once per character and font).</summary>
    private void GlyphIds(FontGlyphs font, string text, Span<ushort> ids)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (font.Ids.TryGetValue(text[i], out var id))
            {
                ids[i] = id;
                continue;
            }
            measureContext.MeasureString(text, font.Font);
            foreach (var pair in measured) font.Ids[(char)pair.CodePoint] = pair.GlyphIndex;
            ids[i] = font.Ids[text[i]];
        }
    }

    /// <summary>
    /// Records the characters not yet recorded for the font's subset and ToUnicode map, in the order of the text:
    /// DrawString records every character of every string, but only a character's first recording counts.
    /// </summary>
    private void Record(FontGlyphs font, string text)
    {
        var fresh = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var count = 0;
        foreach (var character in text)
        {
            if (font.Recorded.Add(character)) fresh[count++] = character;
        }
        if (count > 0) document.AddCharacters(font.Font, new string(fresh[..count]));
    }

    private static bool HasSurrogates(string text)
    {
        foreach (var character in text)
        {
            if (char.IsSurrogate(character)) return true;
        }
        return false;
    }

    /// <summary>
    /// The page's PDF renderer (PDFsharp 6.2.4: XGraphics._renderer, an XGraphicsPdfRenderer), looked up once a page.
    /// A field of an internal type cannot be reached through an UnsafeAccessor, so by reflection; the field is named
    /// in the code, which keeps it in a trimmed or Native AOT build.
    /// </summary>
    private object Renderer(XGraphics graphics)
    {
        if (!ReferenceEquals(graphics, rendererOwner))
        {
            var field = typeof(XGraphics).GetField("_renderer", BindingFlags.NonPublic | BindingFlags.Instance)
                ?? throw new MissingFieldException(nameof(XGraphics), "_renderer");
            renderer = field.GetValue(graphics) ?? throw new InvalidOperationException("The page's graphics have no renderer.");
            rendererOwner = graphics;
        }
        return renderer!;
    }

    private XGraphics? rendererOwner;
    private object? renderer;

    /// <summary>
    /// PDFsharp 6.2.4's XGraphicsPdfRenderer.AdjustTdOffset: turns a string's position on the page into the offset from
    /// the previous string in the text object, and records the position for the next one.
    /// </summary>
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "AdjustTdOffset")]
    private static extern void AdjustTdOffset(
        [UnsafeAccessorType("PdfSharp.Drawing.Pdf.XGraphicsPdfRenderer, PdfSharp")] object renderer, ref XPoint position, double dy, bool adjustSkew);

    public void Dispose() => measureContext.Dispose();

    private sealed class FontGlyphs(XFont font, bool simulated)
    {
        public XFont Font { get; } = font;

        /// <summary>PDFsharp slants or emboldens this face itself (Tm, Tr, Tc operators): always drawn by DrawString.</summary>
        public bool Simulated { get; } = simulated;

        public Dictionary<char, ushort> Ids { get; } = [];

        /// <summary>Characters already recorded for this font's subset, by DrawString or here.</summary>
        public HashSet<char> Recorded { get; } = [];
    }
}
