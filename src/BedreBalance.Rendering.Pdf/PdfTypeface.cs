namespace BedreBalance.Rendering.Pdf;

/// <summary>
/// The typefaces the PDF carries (all SIL OFL, embedded in this assembly), each metric-compatible with a font
/// Word documents name: the same words take the same width, so the PDF and the Word document break lines alike.
/// </summary>
public enum PdfTypeface
{
    /// <summary>Metric-compatible with Times New Roman; the letter's typeface unless a Word template names another.</summary>
    LiberationSerif,
    /// <summary>Metric-compatible with Arial.</summary>
    LiberationSans,
    /// <summary>Metric-compatible with Calibri.</summary>
    Carlito,
}

public static class PdfTypefaces
{
    /// <summary>The family name as the PDF names it (and as PDFsharp's font resolver is asked for it).</summary>
    public static string FamilyName(this PdfTypeface typeface) => typeface switch
    {
        PdfTypeface.LiberationSans => "Liberation Sans",
        PdfTypeface.Carlito => "Carlito",
        _ => "Liberation Serif",
    };

    /// <summary>The Word font whose metrics the typeface shares.</summary>
    public static string WordFont(this PdfTypeface typeface) => typeface switch
    {
        PdfTypeface.LiberationSans => "Arial",
        PdfTypeface.Carlito => "Calibri",
        _ => "Times New Roman", // not a message: the font's name in Word
    };

    /// <summary>
    /// The typeface with the same metrics as <paramref name="wordFont"/> (a Word font name such as "Calibri", or one
    /// of the carried families by its own name); null when none does.
    /// </summary>
    public static PdfTypeface? MetricCompatibleWith(string wordFont)
    {
        var name = wordFont.Trim();
        foreach (var typeface in Enum.GetValues<PdfTypeface>())
        {
            if (string.Equals(name, typeface.WordFont(), StringComparison.OrdinalIgnoreCase)
                || string.Equals(name, typeface.FamilyName(), StringComparison.OrdinalIgnoreCase))
            {
                return typeface;
            }
        }
        return null;
    }
}
