using BedreBalance.Dataset;
using BedreBalance.Rendering.Pdf;

namespace BedreBalance.Cli;

/// <summary>
/// What the documents can print: the PDF's fonts decide (Word substitutes a font for a missing glyph, the PDF
/// cannot), so a character the PDF cannot draw is refused by the dataset's checks rather than lost in one document.
/// </summary>
internal static class PrintableText
{
    public static PrintableCharacters Characters { get; } = new(PdfRenderer.Typeface, PdfRenderer.CanDraw);
}
