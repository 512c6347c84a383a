using BedreBalance.Rendering.Pdf.Layout;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace BedreBalance.Rendering.Pdf.PdfSharpBackend;

/// <summary>
/// PDFsharp fonts for the layout's <see cref="FontSpec"/>s, and text measurement with them.
/// Widths are cached: a letter measures the same words many times while breaking lines and pages.
/// </summary>
internal sealed class PdfSharpFonts : ITextMeasurer, IDisposable
{
    private readonly PdfTypeface typeface;
    private readonly Dictionary<FontSpec, XFont> fonts = [];
    private readonly Dictionary<(string Text, FontSpec Font), double> widths = [];
    private readonly XGraphics measureContext =
        XGraphics.CreateMeasureContext(new XSize(595, 842), XGraphicsUnit.Point, XPageDirection.Downwards);

    public PdfSharpFonts(PdfTypeface typeface = PdfTypeface.LiberationSerif)
    {
        EmbeddedFontResolver.EnsureInstalled();
        this.typeface = typeface;
    }

    public XFont Font(FontSpec spec)
    {
        if (!fonts.TryGetValue(spec, out var font))
        {
            var style = (spec.IsBold ? XFontStyleEx.Bold : XFontStyleEx.Regular) | (spec.IsItalic ? XFontStyleEx.Italic : XFontStyleEx.Regular);
            // Unicode encoding gives each embedded font a ToUnicode map, so text extracts and reads aloud correctly.
            font = new XFont(typeface.FamilyName(), spec.Size, style, new XPdfFontOptions(PdfFontEncoding.Unicode));
            fonts.Add(spec, font);
        }
        return font;
    }

    /// <summary>Whether PDFsharp draws the face by slanting or emboldening another (the resolver's decision).</summary>
    public bool IsSimulated(FontSpec spec)
    {
        var resolved = new EmbeddedFontResolver().ResolveTypeface(typeface.FamilyName(), spec.IsBold, spec.IsItalic);
        return resolved is null || resolved.MustSimulateBold || resolved.MustSimulateItalic;
    }

    public double Width(string text, FontSpec font)
    {
        if (!widths.TryGetValue((text, font), out var width))
        {
            width = measureContext.MeasureString(text, Font(font)).Width;
            widths.Add((text, font), width);
        }
        return width;
    }

    public FontMetrics Metrics(FontSpec spec)
    {
        var metrics = Font(spec).Metrics;
        var scale = spec.Size / metrics.UnitsPerEm;
        return new FontMetrics(metrics.Ascent * scale, metrics.Descent * scale);
    }

    public void Dispose() => measureContext.Dispose();
}
