using System.Globalization;
using System.Resources;

namespace BedreBalance.Rendering.Pdf.Letterheads;

/// <summary>
/// Why a letterhead is refused, in Resources/LetterheadMessages.resx (English) or LetterheadMessages.da.resx, chosen
/// by the current UI culture that the command line sets for the run. The sentences live beside the check that knows
/// what each one means, as the dataset's live beside its checks; the command line only passes them on.
/// </summary>
internal static class LetterheadText
{
    private static readonly ResourceManager Resources = new("BedreBalance.Rendering.Pdf.Resources.LetterheadMessages", typeof(LetterheadText).Assembly);

    public static string Get(string key) =>
        Resources.GetString(key, CultureInfo.CurrentUICulture) ?? throw new InvalidOperationException($"No message named '{key}' in Resources/LetterheadMessages.resx.");

    public static string Format(string key, params object?[] values) => string.Format(CultureInfo.InvariantCulture, Get(key), values);

    /// <summary>
    /// "20.9" in English, "20,9" in Danish: the separator is a message of its own, because the program runs with
    /// invariant globalization and no culture knows it.
    /// </summary>
    public static string Centimetres(double value) =>
        value.ToString("0.0", CultureInfo.InvariantCulture).Replace(".", Get("DecimalSeparator"), StringComparison.Ordinal);
}
