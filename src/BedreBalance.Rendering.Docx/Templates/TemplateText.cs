using System.Globalization;
using System.Resources;

namespace BedreBalance.Rendering.Docx.Templates;

/// <summary>
/// Why a Word template is refused or partly left out, in Resources/TemplateMessages.resx (English) or
/// TemplateMessages.da.resx, chosen by the current UI culture that the command line sets for the run. The sentences
/// live beside the check that knows what each one means; the command line only passes them on.
/// </summary>
internal static class TemplateText
{
    private static readonly ResourceManager Resources = new("BedreBalance.Rendering.Docx.Resources.TemplateMessages", typeof(TemplateText).Assembly);

    public static string Get(string key) =>
        Resources.GetString(key, CultureInfo.CurrentUICulture) ?? throw new InvalidOperationException($"No message named '{key}' in Resources/TemplateMessages.resx.");

    public static string Format(string key, params object?[] values) => string.Format(CultureInfo.InvariantCulture, Get(key), values);

    /// <summary>"20.9" in English, "20,9" in Danish (the program runs with invariant globalization, so no culture knows it).</summary>
    public static string Centimetres(double value) =>
        value.ToString("0.0", CultureInfo.InvariantCulture).Replace(".", Get("DecimalSeparator"), StringComparison.Ordinal);
}
