using BedreBalance.Dataset;
using BedreBalance.Rendering.Pdf;

namespace BedreBalance.Cli;

/// <summary>
/// What the documents can print: the PDF's fonts decide (Word substitutes a font for a missing glyph, the PDF
/// cannot), so a character the PDF cannot draw is refused by the dataset's checks rather than lost in one document.
/// The typeface is the one the PDF is actually set in: a template may ask for another than Liberation Serif.
/// </summary>
internal static class PrintableText
{
    private static readonly IReadOnlyDictionary<PdfTypeface, PrintableCharacters> ByTypeface =
        Enum.GetValues<PdfTypeface>().ToDictionary(t => t, t => new PrintableCharacters(t.FamilyName(), r => PdfRenderer.CanDraw(r, t)));

    public static PrintableCharacters For(PdfTypeface typeface) => ByTypeface[typeface];
}
