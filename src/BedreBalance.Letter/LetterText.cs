using System.Globalization;
using System.Resources;
using BedreBalance.Domain;

namespace BedreBalance.Letter;

/// <summary>
/// What composing the letter says about brev.md (a placeholder that names nothing, a figure never used), in
/// Resources/LetterMessages.resx (English) and LetterMessages.da.resx, chosen by the current UI culture like the
/// dataset's own diagnostics. The letter's content is not here: it is Danish and comes from brev.md and the composer.
/// </summary>
internal static class LetterText
{
    private static readonly ResourceManager Resources = new("BedreBalance.Letter.Resources.LetterMessages", typeof(LetterText).Assembly);

    public static string Get(string key) =>
        Resources.GetString(key, CultureInfo.CurrentUICulture) ?? throw new InvalidOperationException($"No message named '{key}' in Resources/LetterMessages.resx.");

    public static string Format(string key, params object?[] values) => string.Format(CultureInfo.InvariantCulture, Get(key), values);

    /// <summary>"line 12" in a text file, "row 12" in a workbook.</summary>
    public static string LineOrRow(SourceLocation at) => Format(at.Sheet is null ? "LineNumber" : "RowNumber", at.Line);
}
